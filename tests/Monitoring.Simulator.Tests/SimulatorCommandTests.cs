using System.CommandLine;
using Monitoring.Simulator;

namespace Monitoring.Simulator.Tests;

/// <summary>The simulator's own command line, parsed and run whole, against a real center on 127.0.0.1.</summary>
[Collection(nameof(SimulatorRuns))]
public sealed class SimulatorCommandTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await SimulatorCommand.Create().Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Url_sends_the_calls_to_the_center_it_names()
    {
        using var folder = new TempFolder();
        using var factory = new MonitoringFactory(folder.Path);
        var center = factory.StartKestrel();
        var token = await SignIn.UserTokenAsync(new HttpClient { BaseAddress = center }, "operator", "mabes");

        var (exit, output, error) = await RunAsync("load", "--url", center.ToString(), "--count", "20", "--token", token);

        Assert.True(exit == 0, $"exit {exit}: {error}{output}");
        Assert.Contains("created 20", output);
        await Eventually.Until(() => Task.FromResult(TestStorage.Scalar<long>(folder.Path, "SELECT COUNT(*) FROM rm_interaction")),
            n => n == 20, what: "the 20 calls recorded by the center at --url");
    }

    [Theory]
    [InlineData("localhost:5110")]
    [InlineData("/api/interactions")]
    [InlineData("ftp://127.0.0.1:5110")]
    [InlineData("http://127.0.0.1:5110/center")]
    [InlineData("not a url")]
    public async Task A_url_that_is_not_a_centers_address_stops_the_run_with_the_option_named(string url)
    {
        var (exit, _, error) = await RunAsync("demo", "--url", url);

        Assert.NotEqual(0, exit);
        Assert.Contains($"--url must be the center's address over http or https with no path, e.g. http://localhost:5110/; '{url}' is not.", error);
    }

    [Theory]
    [InlineData("--surge", "Setu", "--surge 'Setu' names more than one Polsek")]
    [InlineData("--surge", "Atlantis", "--surge 'Atlantis' names no Polsek")]
    [InlineData("--surge-size", "0", "--surge-size must be at least 1.")]
    [InlineData("--surge-at", "-00:00:10", "--surge-at must not be negative.")]
    public async Task A_surge_that_cannot_be_sent_stops_the_run_with_the_option_named(string option, string value, string error)
    {
        string[] surge = option == "--surge" ? [] : ["--surge", "Gambir"];
        var (exit, _, errors) = await RunAsync(["demo", "--url", "http://127.0.0.1:9", .. surge, option, value]);

        Assert.NotEqual(0, exit);
        Assert.Contains(error, errors);
    }

    [Fact]
    public async Task A_Polda_not_in_the_tree_stops_the_run_with_the_option_named()
    {
        var (exit, _, error) = await RunAsync("demo", "--url", "http://127.0.0.1:9", "--polda", "polda-atlantis");

        Assert.NotEqual(0, exit);
        Assert.Contains("--polda names polda-atlantis, which is not a Polda id", error);
    }

    [Fact]
    public async Task A_surge_outside_the_Polda_given_stops_the_run()
    {
        var (exit, _, error) = await RunAsync("demo", "--url", "http://127.0.0.1:9", "--polda", "polda-daerah-istimewa-yogyakarta", "--surge", "Gambir");

        Assert.Equal(2, exit);
        Assert.Contains("--surge polsek-gambir lies outside --polda polda-daerah-istimewa-yogyakarta.", error);
    }

    [Fact]
    public async Task One_Poldas_traffic_reaches_a_center_serving_that_Polda_inside_its_coverage()
    {
        const string diy = "polda-daerah-istimewa-yogyakarta";
        using var folder = new TempFolder();
        using var factory = new MonitoringFactory(folder.Path, new Dictionary<string, string?> { ["Monitoring:Jurisdiction:Polda"] = diy });
        var center = factory.StartKestrel();
        var token = await SignIn.UserTokenAsync(new HttpClient { BaseAddress = center }, "operator", "mabes");
        long Cases(string where) => TestStorage.Scalar<long>(folder.Path, $"SELECT COUNT(*) FROM rm_case WHERE {where}");

        var (exit, output, error) = await RunAsync("load", "--url", center.ToString(), "--count", "20", "--cases-only", "--polda", diy, "--token", token);

        Assert.True(exit == 0, $"exit {exit}: {error}{output}");
        // A report may join an open case nearby, so a few of the 20 may not open one of their own.
        await Eventually.Until(() => Task.FromResult(Cases($"NOT \"OutOfCoverage\" AND \"UnitChain\" LIKE '%{diy}%'")), n => n >= 15,
            what: "DIY's reports in DIY's coverage");
        Assert.Equal(0, Cases("\"OutOfCoverage\""));

        // Another Polda's traffic lands outside this center's coverage: the figure above could have failed.
        (exit, output, error) = await RunAsync("load", "--url", center.ToString(), "--count", "10", "--cases-only", "--polda", "polda-bali", "--token", token);
        Assert.True(exit == 0, $"exit {exit}: {error}{output}");
        await Eventually.Until(() => Task.FromResult(Cases("\"OutOfCoverage\"")), n => n >= 8, what: "Bali's reports outside DIY's coverage");
    }
}
