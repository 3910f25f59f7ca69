using System.CommandLine;
using Monitoring.Simulator;

// The traffic generator of Monitoring Center 110: `demo` for a gentle live feed on the wall, `load` for a target
// rate or as fast as possible. Only ever point it at a center you run yourself (default http://localhost:5110).
var url = new Option<Uri>("--url") { Description = "The center's base address", DefaultValueFactory = _ => new Uri("http://localhost:5110") };
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

var demo = new Command("demo", "A gentle live feed for showing the wall: about one call every two seconds, following the hour of day, officers acting.")
    { url, duration, late, never, seed };
demo.SetAction((parse, cancel) => Run(parse.GetValue(url)!, new LoadOptions(0.5, 0, parse.GetValue(duration), 16, true,
    parse.GetValue(late), parse.GetValue(never), 1.0, parse.GetValue(seed), true), cancel));

var load = new Command("load", "A target rate or as fast as possible, for a count or a duration; prints throughput and latency.")
    { url, rate, count, duration, concurrency, act, late, never, seed, casesOnly, newCallers };
load.SetAction((parse, cancel) => Run(parse.GetValue(url)!, new LoadOptions(parse.GetValue(rate), parse.GetValue(count),
    parse.GetValue(duration), parse.GetValue(concurrency), parse.GetValue(act), parse.GetValue(late), parse.GetValue(never), 1.0,
    parse.GetValue(seed), false, parse.GetValue(casesOnly), parse.GetValue(newCallers)), cancel));

return await new RootCommand("Monitoring Center 110 traffic simulator") { demo, load }.Parse(args).InvokeAsync();

static async Task<int> Run(Uri url, LoadOptions options, CancellationToken cancel)
{
    if (options.Count == 0 && options.Duration is null && options.Rate == 0 && !options.Act)
    {
        Console.Error.WriteLine("load needs --count or --duration when it runs as fast as possible.");
        return 2;
    }
    using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
    var summary = await new LoadRunner(client, options, Console.Out).RunAsync(cancel);
    Console.WriteLine("summary: " + summary.Describe());
    return summary.Failed == 0 ? 0 : 1;
}
