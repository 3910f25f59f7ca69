using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Domain.Reports;

namespace Monitoring.Simulator;

/// <summary>What to send: a rate (0 = as fast as the concurrency allows), a count and/or a duration; from the villages of
/// <see cref="From"/>, else of the whole country.</summary>
public sealed record LoadOptions(
    double Rate, int Count, TimeSpan? Duration, int Concurrency, bool Act, double LateShare, double NeverShare, double OfficerSpeed,
    int Seed, bool FollowHourOfDay, bool CasesOnly = false, bool NewCallersOnly = false, SurgePlan? Surge = null,
    bool Telephony = false, double AbandonShare = 0.3, double CallSpeed = 1, TrafficArea? From = null);

/// <summary>
/// The run's figures: statuses, throughput of 201s, intake latency percentiles (ms), cases and officer actions, and
/// the calls and actions the center refused for their token (401 or 403), and how many of the calls were a surge's.
/// </summary>
public sealed record LoadSummary(
    int Sent, int Created, IReadOnlyDictionary<int, int> Statuses, int Failed, TimeSpan Elapsed, double CreatedPerSecond,
    double? P50Ms, double? P99Ms, double? P999Ms, int CasesOpened, int OfficerActions, int Refused, int SurgeReports = 0, int Abandoned = 0)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"sent {Sent}, created {Created} ({CreatedPerSecond:0.0}/s over {Elapsed.TotalSeconds:0.0} s), failed {Failed}, "
        + $"refused for the token (401/403, calls and officer actions) {Refused}, statuses "
        + $"[{string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}], latency ms p50 {P50Ms:0.0} p99 {P99Ms:0.0} "
        + $"p99.9 {P999Ms:0.0}, cases opened {CasesOpened}, officer actions {OfficerActions}{(SurgeReports > 0 ? $", surge reports {SurgeReports}" : "")}"
        + $"{(Abandoned > 0 ? $", calls abandoned before an answer {Abandoned}" : "")}");
}

/// <summary>
/// Drives a running center over HTTP, printing progress every second and a summary at the end. Every call carries
/// the intake's token, every officer action the officers' (<paramref name="tokens"/>; none for a center without sign-in).
/// </summary>
public sealed class LoadRunner(HttpClient client, LoadOptions options, TextWriter output, CenterTokens? tokens = null)
{
    private readonly CenterTokens _tokens = tokens ?? CenterTokens.None;
    private readonly ConcurrentBag<double> _latenciesMs = [];
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private readonly List<Task> _officers = [];
    private int _sent, _created, _failed, _cases, _actions, _refused, _refusalShown, _surgeSent, _abandoned;

    public async Task<LoadSummary> RunAsync(CancellationToken cancel)
    {
        var random = new Random(options.Seed);
        var traffic = new TrafficModel(random, options.NewCallersOnly, options.From);
        // The officers draw as responses come back, in any order and on any thread: from the traffic's generator that
        // would make one seed's calls differ from run to run (and System.Random is not thread-safe).
        var officers = new OfficerModel(new Random(random.Next()), options.LateShare, options.NeverShare, options.OfficerSpeed);
        using var gate = new SemaphoreSlim(options.Concurrency);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        if (options.Duration is { } duration) stop.CancelAfter(duration);
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>();
        using var progress = new Timer(_ => Progress(clock.Elapsed), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        // A generator of its own, for the burst draws on its own schedule: the usual traffic of a seed stays what it was.
        var burst = options.Surge is { } surge
            ? SurgeAsync(surge, new TrafficModel(new Random(options.Seed + 1), options.NewCallersOnly), gate, officers, clock, stop.Token)
            : Task.CompletedTask;

        try
        {
            for (var i = 0; options.Count == 0 || i < options.Count; i++)
            {
                if (options.Rate > 0)
                {
                    var rate = options.Rate * (options.FollowHourOfDay ? TrafficModel.HourFactor(DateTimeOffset.UtcNow) : 1);
                    var due = TimeSpan.FromSeconds(i / rate) - clock.Elapsed;
                    if (due > TimeSpan.Zero) await Task.Delay(due, stop.Token);
                }
                await gate.WaitAsync(stop.Token);
                if (options.Telephony)
                {
                    inFlight.Add(PlayAsync(traffic.NextRinging(DateTimeOffset.UtcNow, options.AbandonShare, options.CasesOnly), gate, officers, stop.Token));
                }
                else
                {
                    var call = options.CasesOnly ? traffic.NextCase(DateTimeOffset.UtcNow) : traffic.NextCall(DateTimeOffset.UtcNow);
                    inFlight.Add(SendAsync(call, gate, officers, stop.Token));
                }
                if (inFlight.Count > 10_000) inFlight.RemoveAll(t => t.IsCompleted);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The duration is over, or the operator pressed Ctrl+C: finish what is in flight.
        }
        await burst;
        await Task.WhenAll(inFlight);
        var elapsed = clock.Elapsed;
        if (!cancel.IsCancellationRequested) await Task.WhenAll(_officers);
        var sorted = _latenciesMs.Order().ToList();
        return new LoadSummary(_sent, _created, new Dictionary<int, int>(_statuses), _failed, elapsed, _created / elapsed.TotalSeconds,
            ResponseTimeReport.Percentile(sorted, 0.5), ResponseTimeReport.Percentile(sorted, 0.99), ResponseTimeReport.Percentile(sorted, 0.999),
            _cases, _actions, _refused, _surgeSent, _abandoned);
    }

    /// <summary>The surge's reports, each at its time from the start of the run, beside the usual traffic.</summary>
    private async Task SurgeAsync(SurgePlan surge, TrafficModel traffic, SemaphoreSlim gate, OfficerModel officers, Stopwatch clock,
        CancellationToken cancel)
    {
        var sends = new List<Task>();
        try
        {
            for (var i = 0; i < surge.Size; i++)
            {
                var due = surge.Due(i) - clock.Elapsed;
                if (due > TimeSpan.Zero) await Task.Delay(due, cancel);
                if (i == 0) output.WriteLine($"surge: {surge.Size} reports in {surge.Area.Unit.Name} ({surge.Area.Unit.Id}) over {surge.Over:c}");
                await gate.WaitAsync(cancel);
                Interlocked.Increment(ref _surgeSent);
                sends.Add(SendAsync(traffic.NextSurgeReport(DateTimeOffset.UtcNow, surge.Area), gate, officers, cancel));
            }
            output.WriteLine($"surge: sent, back to the usual traffic");
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The run ends before the burst does: what was sent stands.
        }
        await Task.WhenAll(sends);
    }

    private async Task SendAsync(object call, SemaphoreSlim gate, OfficerModel officers, CancellationToken cancel)
    {
        try
        {
            await RecordAsync(call, officers, cancel);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// A voice call as the telephony reports it: offered from its cell, ringing, then answered by an agent, the call taker's
    /// form sent with the call's id (its times are the events'), and ended; or the caller hangs up first and only the
    /// events tell of it. The call taker talks a few seconds before the form goes.
    /// </summary>
    private async Task PlayAsync(RingingCall call, SemaphoreSlim gate, OfficerModel officers, CancellationToken cancel)
    {
        var callId = "sim-" + Guid.NewGuid().ToString("N");
        try
        {
            var cell = new { latitude = call.Cell.Latitude, longitude = call.Cell.Longitude, radiusMeters = RingingCall.CellRadiusMeters, source = "cell" };
            if (!await EventAsync(new { callId, @event = "offered", at = DateTimeOffset.UtcNow, callerNumber = call.CallerNumber, calledNumber = "110", location = cell }))
                return;
            await Task.Delay(call.Ring / options.CallSpeed, cancel);
            if (call.Abandons)
            {
                if (await EventAsync(new { callId, @event = "abandoned", at = DateTimeOffset.UtcNow })) Interlocked.Increment(ref _abandoned);
                return;
            }
            var agentId = call.Form["agentId"]?.GetValue<string>();
            if (!await EventAsync(new { callId, @event = "answered", at = DateTimeOffset.UtcNow, agentId })) return;
            await Task.Delay(TimeSpan.FromSeconds(2 + call.Ring.TotalSeconds % 4) / options.CallSpeed, cancel);
            call.Form["callId"] = callId;
            await RecordAsync(call.Form, officers, CancellationToken.None);
            await EventAsync(new { callId, @event = "ended", at = DateTimeOffset.UtcNow });
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The run ends while the call rings: the telephony would end it too.
            await EventAsync(new { callId, @event = "ended", at = DateTimeOffset.UtcNow });
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref _failed);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>One call event; false when the center refused or failed it, so the call goes no further.</summary>
    private async Task<bool> EventAsync(object step)
    {
        using var response = await PostAsync("/api/telephony/events", step, _tokens.Intake, CancellationToken.None);
        _statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
        return !await RefusedAsync(response, _tokens.Intake) && response.IsSuccessStatusCode;
    }

    private async Task RecordAsync(object call, OfficerModel officers, CancellationToken cancel)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            Interlocked.Increment(ref _sent);
            using var response = await PostAsync("/api/interactions", call, _tokens.Intake, CancellationToken.None);
            _latenciesMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            _statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if (await RefusedAsync(response, _tokens.Intake)) return;
            if ((int)response.StatusCode != 201) return;
            Interlocked.Increment(ref _created);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None);
            if (body.GetProperty("caseId").GetString() is not { } caseId) return;
            Interlocked.Increment(ref _cases);
            if (options.Act)
                lock (_officers) _officers.Add(ActAsync(caseId, officers.Plan(ChainOf(body)), cancel));
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref _failed);
        }
    }

    private async Task ActAsync(string caseId, IReadOnlyList<OfficerModel.Step> steps, CancellationToken cancel)
    {
        try
        {
            foreach (var step in steps)
            {
                await Task.Delay(step.After, cancel);
                using var response = await PostAsync($"/api/cases/{caseId}/{step.Action}", step.Body, _tokens.Act, cancel);
                if (await RefusedAsync(response, _tokens.Act)) return;
                if (!response.IsSuccessStatusCode) return;   // e.g. cancelled meanwhile by another unit: stop acting
                Interlocked.Increment(ref _actions);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (HttpRequestException)
        {
        }
    }

    private static List<string> ChainOf(JsonElement intake) =>
        [.. intake.GetProperty("unitChain").EnumerateArray().Select(u => u.GetString()!)];

    /// <summary>
    /// The body with its length, as the intake page sends it (<c>PostAsJsonAsync</c> streams it in chunks); the token
    /// on the request itself, as the intake's and the officers' differ on one client.
    /// </summary>
    private Task<HttpResponseMessage> PostAsync(string path, object body, string? token, CancellationToken cancel) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), JsonSerializerOptions.Web))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
            },
            Headers = { Authorization = CenterTokens.Header(token) },
        }, cancel);

    /// <summary>
    /// A 401 or 403 is the token's doing, not the center's failing: counted apart, and the first one's reason shown
    /// once (its problem details, or the WWW-Authenticate challenge when the body is empty), since a run with a wrong
    /// token is refused thousands of times for the same reason.
    /// </summary>
    private async Task<bool> RefusedAsync(HttpResponseMessage response, string? token)
    {
        if (response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)) return false;
        Interlocked.Increment(ref _refused);
        if (Interlocked.Exchange(ref _refusalShown, 1) == 1) return true;
        var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
        var reason = body.Length > 0 ? body[..Math.Min(body.Length, 1000)] : string.Join(", ", response.Headers.WwwAuthenticate);
        output.WriteLine($"refused: {(int)response.StatusCode} {response.StatusCode} on {response.RequestMessage?.RequestUri?.AbsolutePath} "
            + $"{(token is null ? "sent without a token" : "with the token given")}: {reason}");
        return true;
    }

    private void Progress(TimeSpan elapsed) => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"[{elapsed.TotalSeconds,6:0.0} s] sent {_sent}, created {_created} ({_created / Math.Max(elapsed.TotalSeconds, 0.001):0.0}/s), failed {_failed}, cases {_cases}, officer actions {_actions}"));
}
