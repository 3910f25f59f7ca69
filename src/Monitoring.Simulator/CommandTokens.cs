namespace Monitoring.Simulator;

/// <summary>The token options of a simulator command (<c>--token…</c>, <c>--act-token…</c>) and the tokens they come to.</summary>
public sealed class CommandTokens(Func<string, string?> environment)
{
    public const string TokenVariable = "MONITORING_TOKEN";
    public const string ActTokenVariable = "MONITORING_ACT_TOKEN";

    private readonly TokenOption _intake = new("token", TokenVariable,
        "The bearer token every call carries: an integration's or a call taker's, which may record interactions",
        "none (a center with sign-in refuses the calls)");

    private readonly TokenOption _act = new("act-token", ActTokenVariable,
        "The bearer token the officers act on cases with (demo, load --act): an operator's or an officer's whose unit holds "
        + "the cases (an operator of mabes may act on every case)", "the --token one");

    public IEnumerable<System.CommandLine.Option> Options => [_intake.Value, _intake.File, _act.Value, _act.File];

    /// <summary>The tokens, or null after saying on <paramref name="error"/> what is wrong with one given.</summary>
    public async Task<CenterTokens?> ResolveAsync(System.CommandLine.ParseResult parse, TextWriter error)
    {
        var (intake, intakeError) = _intake.Resolve(parse, environment);
        var (act, actError) = _act.Resolve(parse, environment);
        if ((intakeError ?? actError) is { } wrong)
        {
            await error.WriteLineAsync(wrong);
            return null;
        }
        // Still run: a center from before sign-in takes calls without a token, and this says why a newer one refuses them.
        if (intake is null && act is null)
            await error.WriteLineAsync($"No token given ({_intake.Sources}): a center with sign-in refuses every call with 401. "
                + "Sending without one, as a center without sign-in expects.");
        else if (intake is null)
            await error.WriteLineAsync($"No token for the calls ({_intake.Sources}): a center with sign-in refuses them with 401; "
                + "only the officers' actions carry one.");
        return CenterTokens.From(intake, act);
    }
}
