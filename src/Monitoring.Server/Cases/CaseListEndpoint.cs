using System.Globalization;
using Monitoring.Actors.ReadModel;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Server.Http;

namespace Monitoring.Server.Cases;

/// <summary>Lists of cases from the read model, newest first, paged: for the wall, a unit's history, managers.</summary>
public static class CaseListEndpoint
{
    public const int MaxPageSize = 200;

    public sealed record CasePage(IReadOnlyList<CaseRow> Items, int Page, int PageSize, int Total);

    public static RouteGroupBuilder MapCaseList(this RouteGroupBuilder cases)
    {
        cases.MapGet("/", ListAsync)
            .WithSummary("Cases newest first; unitId includes every unit below it; from/to bound the opening time (UTC).")
            .Produces<CasePage>()
            .ProducesValidationProblem();
        return cases;
    }

    private static async Task<IResult> ListAsync(
        string? unitId, string? state, string? priority, string? from, string? to, string? page, string? pageSize, bool? open,
        ReadModelStore readModel, JurisdictionTree tree)
    {
        var errors = new List<FieldError>();
        UnitId? unit = null;
        if (!string.IsNullOrWhiteSpace(unitId))
        {
            if (tree.Contains(new UnitId(unitId))) unit = new UnitId(unitId);
            else errors.Add(new FieldError("unitId", $"There is no unit {unitId}."));
        }
        var stateValue = Parse<CaseState>(state, "state", errors);
        var priorityValue = Parse<Priority>(priority, "priority", errors);
        var fromValue = Time(from, "from", errors);
        var toValue = Time(to, "to", errors);
        var pageValue = Number(page, "page", 1, int.MaxValue, 1, errors);
        var sizeValue = Number(pageSize, "pageSize", 1, MaxPageSize, 50, errors);
        if (errors.Count > 0) return Problems.Fields(errors);

        var filter = new CaseFilter(unit, stateValue, open ?? false, priorityValue, fromValue, toValue, pageValue, sizeValue);
        var (rows, total) = await readModel.CasesAsync(filter);
        return TypedResults.Ok(new CasePage(rows, pageValue, sizeValue, total));
    }

    private static T? Parse<T>(string? text, string field, List<FieldError> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (EnumNames<T>.TryParse(text, out var value)) return value;
        errors.Add(new FieldError(field, $"Unknown {field} '{text}'; expected one of {EnumNames<T>.Allowed}."));
        return null;
    }

    private static DateTimeOffset? Time(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)) return value;
        errors.Add(new FieldError(field, $"The {field} time must be ISO 8601, e.g. 2026-11-28T00:00:00Z."));
        return null;
    }

    private static int Number(string? text, string field, int min, int max, int fallback, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors.Add(new FieldError(field, $"The {field} must be a whole number from {min} to {max}."));
        return fallback;
    }
}
