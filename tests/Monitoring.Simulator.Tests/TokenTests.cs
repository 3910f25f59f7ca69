using System.CommandLine;
using System.Net;
using Monitoring.Simulator;

namespace Monitoring.Simulator.Tests;

/// <summary>The tokens the simulator's calls carry, where it takes them from, and what it says when the center refuses them.</summary>
[Collection(nameof(SimulatorRuns))]
public sealed class TokenTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task<(int Exit, string Output, string Error)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = await SimulatorCommand.Create(name => environment.GetValueOrDefault(name)).Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    private string TokenFile(string content)
    {
        var path = Path.Combine(_folder.Path, "token");
        File.WriteAllText(path, content);
        return path;
    }

    [Theory]
    [InlineData(true, true, true, "from-option")]
    [InlineData(false, true, true, "from-file")]
    [InlineData(false, false, true, "from-environment")]
    public async Task Every_call_carries_the_token_of_the_option_else_the_file_else_the_environment(
        bool option, bool file, bool environment, string expected)
    {
        await using var center = await RecordingCenter.StartAsync();
        var args = new List<string> { "load", "--url", center.Address.ToString(), "--count", "5" };
        if (option) args.AddRange(["--token", "from-option"]);
        if (file) args.AddRange(["--token-file", TokenFile("from-file\n")]);   // as `echo token > file` writes it
        var variables = environment ? new Dictionary<string, string> { [CommandTokens.TokenVariable] = "from-environment" } : [];

        var (exit, output, error) = await RunAsync(variables, [.. args]);

        Assert.True(exit == 0, $"exit {exit}: {error}{output}");
        Assert.Equal(5, center.Requests.Count);
        Assert.All(center.Requests, r => Assert.Equal(("/api/interactions", $"Bearer {expected}"), r));
        Assert.DoesNotContain("No token", error);
    }

    [Fact]
    public async Task Without_a_token_it_says_at_the_start_that_a_center_with_sign_in_refuses_it_and_runs_all_the_same()
    {
        await using var center = await RecordingCenter.StartAsync();

        var (exit, output, error) = await RunAsync(new Dictionary<string, string>(), "load", "--url", center.Address.ToString(), "--count", "5");

        Assert.True(exit == 0, $"exit {exit}: {error}{output}");
        Assert.StartsWith("No token given (--token, --token-file or MONITORING_TOKEN): a center with sign-in refuses every call with 401.", error);
        Assert.Equal(5, center.Requests.Count);
        Assert.All(center.Requests, r => Assert.Null(r.Authorization));
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    public async Task A_token_file_that_holds_no_token_stops_the_run_with_the_file_named(string content)
    {
        var file = TokenFile(content);

        var (exit, _, error) = await RunAsync(new Dictionary<string, string>(), "load", "--url", "http://127.0.0.1:9", "--count", "5", "--token-file", file);

        Assert.Equal(2, exit);
        Assert.StartsWith($"--token-file {file}: a token is one word without blanks or control characters", error);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task Calls_the_center_refuses_are_counted_as_refused_and_the_first_reason_shown_once(HttpStatusCode status)
    {
        await using var center = await RecordingCenter.StartAsync(refuseWith: status);

        var (exit, output, error) = await RunAsync(new Dictionary<string, string>(), "load", "--url", center.Address.ToString(), "--count", "20",
            "--token", "revoked");

        Assert.True(exit == 1, $"exit {exit}: {error}{output}");
        var refusals = output.Split('\n').Where(l => l.StartsWith("refused: ", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(refusals);
        Assert.StartsWith($"refused: {(int)status} {status} on /api/interactions with the token given: ", line);
        Assert.Contains(RecordingCenter.RefusalDetail, line);
        Assert.Contains($"failed 0, refused for the token (401/403, calls and officer actions) 20, statuses [{(int)status}: 20]", output);
    }

    [Fact]
    public async Task Officers_act_with_their_own_token_and_the_calls_carry_the_intakes()
    {
        await using var center = await RecordingCenter.StartAsync();
        var options = new LoadOptions(0, 10, null, 4, Act: true, LateShare: 0, NeverShare: 0, OfficerSpeed: 10_000, Seed: 7, FollowHourOfDay: false,
            CasesOnly: true);
        using var client = new HttpClient { BaseAddress = center.Address };

        var summary = await new LoadRunner(client, options, TextWriter.Null, new CenterTokens("integration", "operator"))
            .RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal((10, 10), (summary.Created, summary.CasesOpened));
        Assert.True(summary.OfficerActions >= 20, $"{summary.OfficerActions} actions");   // at least acknowledge and cancel or dispatch
        var (calls, actions) = (center.Requests.Where(r => r.Path == "/api/interactions").ToList(), center.Requests.Where(r => r.Path.StartsWith("/api/cases/")).ToList());
        Assert.All(calls, r => Assert.Equal("Bearer integration", r.Authorization));
        Assert.Equal(summary.OfficerActions, actions.Count);
        Assert.All(actions, r => Assert.Equal("Bearer operator", r.Authorization));
    }

    [Fact]
    public void Without_a_token_of_their_own_the_officers_act_with_the_main_one() =>
        Assert.Equal(new CenterTokens("main", "main"), CenterTokens.From("main", null));

    [Fact]
    public void Tokens_printed_show_whether_there_is_one_never_what_it_is() =>
        Assert.Equal("CenterTokens { Intake = (hidden), Act = none }", new CenterTokens("mc110_secret", null).ToString());
}
