using System.CommandLine;
using System.CommandLine.Parsing;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Simulator;

/// <summary>
/// The simulator's command line: `demo` for a gentle live feed on the wall, `load` for a target rate or as fast as
/// possible. Output goes where the invocation says (the console when run), so the command line can be run whole.
/// </summary>
public static class SimulatorCommand
{
    public static readonly Uri DefaultUrl = new("http://localhost:5110");

    /// <param name="environment">Where the token variables are read: the process's environment unless a test says otherwise.</param>
    public static RootCommand Create(Func<string, string?>? environment = null)
    {
        var tokens = new CommandTokens(environment ?? Environment.GetEnvironmentVariable);
        var url = new Option<Uri>("--url")
        {
            Description = "The center's base address", DefaultValueFactory = _ => DefaultUrl, CustomParser = CenterUrl,
        };
        var rate = new Option<double>("--rate") { Description = "Calls per second (load: 0 = as fast as possible)", DefaultValueFactory = _ => 0 };
        var count = new Option<int>("--count") { Description = "How many calls (0 = until --duration or Ctrl+C)", DefaultValueFactory = _ => 0 };
        var duration = new Option<TimeSpan?>("--duration") { Description = "How long to run, e.g. 00:01:00" };
        var concurrency = new Option<int>("--concurrency") { Description = "Calls in flight at most", DefaultValueFactory = _ => 64 };
        var act = new Option<bool>("--act") { Description = "Officers act on the cases (load mode)" };
        var late = new Option<double>("--late-share") { Description = "Share of cases acknowledged late", DefaultValueFactory = _ => 0.2 };
        var never = new Option<double>("--never-share") { Description = "Share of cases never acknowledged", DefaultValueFactory = _ => 0.05 };
        var casesOnly = new Option<bool>("--cases-only") { Description = "Only reports and complaints: every call opens a case" };
        var newCallers = new Option<bool>("--new-callers") { Description = "Every call from a number never heard before (the intake's worst case)" };
        var seed = new Option<int>("--seed") { Description = "Random seed, for repeatable traffic", DefaultValueFactory = _ => 110 };
        var surge = new SurgeCommandOptions();
        var polda = new Option<TrafficArea?>("--polda")
        {
            Description = "Traffic only from these Polda (ids, comma-separated, e.g. polda-daerah-istimewa-yogyakarta), for a center "
                + "that serves them; default all, each Polda in proportion to its villages",
            CustomParser = Polda,
        };
        var telephony = new Option<bool>("--telephony")
        {
            Description = "Voice calls as the telephony reports them (POST /api/telephony/events): offered, ringing, answered or "
                + "abandoned, then the form with the call's id; the wall shows the calls waiting. Needs an integration's --token",
        };
        var abandon = new Option<double>("--abandon-share")
        {
            Description = "With --telephony, the share of callers who hang up before an answer", DefaultValueFactory = _ => 0.3,
        };
        abandon.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0 or > 1) r.AddError("--abandon-share must be between 0 and 1.");
        });

        var demo = new Command("demo", "A gentle live feed for showing the wall: about one call every two seconds, following the hour of day, officers acting.")
            { url, duration, late, never, seed };
        demo.SetAction((parse, cancel) => Run(parse, parse.GetValue(url)!, tokens, new LoadOptions(0.5, 0, parse.GetValue(duration), 16, true,
            parse.GetValue(late), parse.GetValue(never), 1.0, parse.GetValue(seed), true, Surge: surge.Plan(parse),
            Telephony: parse.GetValue(telephony), AbandonShare: parse.GetValue(abandon), From: parse.GetValue(polda)), cancel));

        var load = new Command("load", "A target rate or as fast as possible, for a count or a duration; prints throughput and latency.")
            { url, rate, count, duration, concurrency, act, late, never, seed, casesOnly, newCallers };
        load.SetAction((parse, cancel) => Run(parse, parse.GetValue(url)!, tokens, new LoadOptions(parse.GetValue(rate), parse.GetValue(count),
            parse.GetValue(duration), parse.GetValue(concurrency), parse.GetValue(act), parse.GetValue(late), parse.GetValue(never), 1.0,
            parse.GetValue(seed), false, parse.GetValue(casesOnly), parse.GetValue(newCallers), surge.Plan(parse),
            parse.GetValue(telephony), parse.GetValue(abandon), From: parse.GetValue(polda)), cancel));

        foreach (var option in tokens.Options.Concat(surge.Options).Append(telephony).Append(abandon).Append(polda))
        {
            demo.Options.Add(option);
            load.Options.Add(option);
        }
        return new RootCommand("Monitoring Center 110 traffic simulator") { demo, load };
    }

    /// <summary>
    /// Only a center's root over HTTP(S): the calls go to absolute paths, so a path here would be dropped in silence,
    /// and "localhost:5110" parses as a URI of scheme "localhost".
    /// </summary>
    private static Uri? CenterUrl(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/"
            && uri.Query.Length == 0 && uri.Fragment.Length == 0)
            return uri;
        result.AddError($"--url must be the center's address over http or https with no path, e.g. {DefaultUrl}; '{text}' is not.");
        return null;
    }

    private static TrafficArea? Polda(ArgumentResult result)
    {
        var (area, error) = TrafficArea.Find(result.Tokens.Single().Value, JurisdictionTree.Default);
        if (error is not null) result.AddError(error);
        return area;
    }

    private static async Task<int> Run(ParseResult parse, Uri url, CommandTokens given, LoadOptions options, CancellationToken cancel)
    {
        var error = parse.InvocationConfiguration.Error;
        if (options.Count == 0 && options.Duration is null && options.Rate == 0 && !options.Act)
        {
            await error.WriteLineAsync("load needs --count or --duration when it runs as fast as possible.");
            return 2;
        }
        // A surge outside the Polda served would land on another center's wall, or in this one's triage.
        if (options is { Surge: { } surge, From: { } from } && !from.Includes(surge.Area.Unit, JurisdictionTree.Default))
        {
            await error.WriteLineAsync($"--surge {surge.Area.Unit.Id} lies outside --polda {string.Join(",", from.Poldas.Select(p => p.Id))}.");
            return 2;
        }
        if (await given.ResolveAsync(parse, error) is not { } tokens) return 2;
        var output = parse.InvocationConfiguration.Output;
        using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        var summary = await new LoadRunner(client, options, output, tokens).RunAsync(cancel);
        await output.WriteLineAsync("summary: " + summary.Describe());
        // A refused call is no crash, but a run the center turned away did not do what was asked.
        return summary.Failed == 0 && summary.Refused == 0 ? 0 : 1;
    }
}
