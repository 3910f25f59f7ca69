using System.CommandLine;
using System.CommandLine.Parsing;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Simulator;

/// <summary>The options of a simulator command that send a surge (<c>--surge…</c>) and the plan they come to.</summary>
public sealed class SurgeCommandOptions
{
    private readonly Option<SurgeArea?> _area = new("--surge")
    {
        Description = "Send a surge of reports (fire, riot, accident…) in one Polsek, on top of the usual traffic, so the wall "
            + "raises its alert and clears it after: the Polsek's id (polsek-gambir), its kecamatan's code (31.71.01) or name (Gambir)",
        CustomParser = Area,
    };

    private readonly Option<TimeSpan> _at = new("--surge-at")
    {
        Description = "When the surge starts, from the start of the run", DefaultValueFactory = _ => SurgePlan.DefaultAt,
    };

    private readonly Option<int> _size = new("--surge-size")
    {
        Description = "How many reports the surge brings (the center's default bar: at least 5 in 10 minutes)",
        DefaultValueFactory = _ => SurgePlan.DefaultSize,
    };

    private readonly Option<TimeSpan> _over = new("--surge-over")
    {
        Description = "How long the surge lasts, its reports spread evenly over it", DefaultValueFactory = _ => SurgePlan.DefaultOver,
    };

    public SurgeCommandOptions()
    {
        _at.Validators.Add(r => NotNegative(r, _at));
        _over.Validators.Add(r => NotNegative(r, _over));
        _size.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--surge-size must be at least 1.");
        });
    }

    public IEnumerable<Option> Options => [_area, _at, _size, _over];

    /// <summary>The surge asked for, or none without <c>--surge</c>.</summary>
    public SurgePlan? Plan(ParseResult parse) =>
        parse.GetValue(_area) is { } area ? new SurgePlan(area, parse.GetValue(_at), parse.GetValue(_size), parse.GetValue(_over)) : null;

    private static SurgeArea? Area(ArgumentResult result)
    {
        var (area, error) = SurgeArea.Find(result.Tokens.Single().Value, JurisdictionTree.Default);
        if (error is not null) result.AddError(error);
        return area;
    }

    private static void NotNegative(OptionResult result, Option<TimeSpan> option)
    {
        if (result.GetValueOrDefault<TimeSpan>() < TimeSpan.Zero) result.AddError($"{option.Name} must not be negative.");
    }
}
