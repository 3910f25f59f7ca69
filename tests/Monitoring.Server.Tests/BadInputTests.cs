using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Monitoring.Server.Tests;

/// <summary>Every test asserts that its refusal changed nothing, so they share one server.</summary>
[StorageIndependent]
public sealed class BadInputTests(SharedServer server) : ServerTest(server), IClassFixture<SharedServer>
{
    /// <summary>One good call first, so the journal exists and has a count to keep.</summary>
    public override async ValueTask InitializeAsync() => await Api.RecordAsync(new { callerNumber = "0899999999", kind = "information" });

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "malformed JSON", """{"callerNumber": "0812345678", "kind": "report", """, "$" },
        { "wrong type", """{"callerNumber": "0812345678", "kind": "report", "location": {"latitude": true}}""", "location.latitude" },
        { "unknown category", Json(Api.Report(category: "alien-landing")), "category" },
        { "complaint category on a report", Json(Api.Report(category: "insult")), "category" },
        { "latitude beyond 90", Json(Api.Report(latitude: 91)), "location.latitude" },
        { "latitude NaN", Json(Api.Report()).Replace("-6.34348", "\"NaN\""), "location.latitude" },
        { "caller number with letters", Json(Api.Report(caller: "0812-ABC-99")), "callerNumber" },
        { "caller number too short", Json(Api.Report(caller: "12345")), "callerNumber" },
        { "priority lowered below the category's", Json(Api.Report(priority: "P3")), "priority" },
        { "unknown priority", Json(Api.Report(priority: "P9")), "priority" },
        { "summary over 2000 characters", Json(Api.Report()).Replace("Rumah terbakar, dua orang terjebak", new string('x', 2001)), "summary" },
        { "report without location", """{"callerNumber": "0812345678", "kind": "report", "category": "fire", "summary": "api"}""", "location" },
        { "missing kind", """{"callerNumber": "0812345678"}""", "kind" },
        { "unknown kind", """{"callerNumber": "0812345678", "kind": "gossip"}""", "kind" },
        { "unknown channel", """{"callerNumber": "0812345678", "kind": "information", "channel": "pigeon"}""", "channel" },
        { "answered before it rang", Json(new { callerNumber = "0812345678", kind = "information", receivedAt = Ago(10), answeredAt = Ago(20) }), "answeredAt" },
        { "a NUL in the summary", Json(Api.Report()).Replace("Rumah terbakar", "Rumah\\u0000terbakar"), "summary" },
        { "a bidi override in the address", Json(Api.Report()).Replace("Jl. Raya Setu", "Jl. \\u202ERaya Setu"), "location.address" },
        { "caller number with a trailing newline", Json(Api.Report(caller: "081234567890\n")), "callerNumber" },
        { "rang in the year 1", Json(new { callerNumber = "0812345678", kind = "information", receivedAt = "0001-01-01T00:00:00Z", answeredAt = "2000-01-01T00:00:00Z" }), "receivedAt" },
        { "rang in 1900", Json(new { callerNumber = "0812345678", kind = "information", receivedAt = "1900-01-01T00:00:00Z" }), "receivedAt" },
        { "a time without an offset", Json(new { callerNumber = "0812345678", kind = "information", receivedAt = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss") }), "receivedAt" },
        { "a time as a number", """{"callerNumber": "0812345678", "kind": "information", "receivedAt": 1764000000}""", "receivedAt" },
        { "a duration of 1e308 seconds", """{"callerNumber": "0812345678", "kind": "information", "durationSeconds": 1e308}""", "durationSeconds" },
        { "a latitude sent as a string", Json(Api.Report()).Replace("-6.34348", "\"-6.34348\""), "location.latitude" },
        { "a key sent twice", """{"callerNumber": "0812345678", "kind": "information", "kind": "report"}""", "kind" },
        { "a javascript: recording", """{"callerNumber": "0812345678", "kind": "information", "recordingUri": "javascript:alert(1)"}""", "recordingUri" },
        { "a file: recording", """{"callerNumber": "0812345678", "kind": "information", "recordingUri": "file:///etc/passwd"}""", "recordingUri" },
        { "a recording address of 60,000 characters", Json(new { callerNumber = "0812345678", kind = "information", recordingUri = "https://r.example/" + new string('a', 60_000) }), "recordingUri" },
    };

    private static string Ago(int seconds) => DateTimeOffset.UtcNow.AddSeconds(-seconds).ToString("O");

    private static string Json(object o) => JsonSerializer.Serialize(o);

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_intake_is_refused_naming_the_field_and_records_nothing(string what, string body, string field)
    {
        var before = Factory.JournalRows();
        Assert.True(before > 0);
        var response = await Api.PostRawAsync("/api/interactions", body);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"{what}: {problem}");
        Assert.Equal("invalid_fields", problem.GetProperty("code").GetString());
        var codes = problem.GetProperty("codes").GetProperty(field).EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(messages.GetArrayLength(), codes.Count);
        Assert.All(codes, c => Assert.Contains(c, ProblemCodeTextsTests.Codes));
        Assert.Equal(before, Factory.JournalRows());
        Assert.Empty(await Api.HistoryAsync("0812345678"));
    }

    [Fact]
    public async Task A_body_over_64_KB_is_413_and_records_nothing()
    {
        var before = Factory.JournalRows();
        var huge = Json(Api.Report()).Replace("Rumah terbakar, dua orang terjebak", new string('x', 70 * 1024));
        var response = await Api.PostRawAsync("/api/interactions", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("too_large", await CodeOf(response));
        Assert.Equal(before, Factory.JournalRows());
    }

    [Fact]
    public async Task A_body_in_another_charset_than_UTF8_is_415_and_records_nothing()
    {
        var before = Factory.JournalRows();
        var response = await Api.Client.PostAsync("/api/interactions",
            new StringContent("""{"callerNumber": "0812345678", "kind": "information"}""", Encoding.Latin1, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("UTF-8", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, Factory.JournalRows());
    }

    [Fact]
    public async Task A_body_that_stalls_is_a_408_with_problem_details_not_a_server_fault()
    {
        using var folder = new TempFolder();
        await using var kestrel = new MonitoringFactory(folder.Path);
        var address = kestrel.StartKestrel();
        var token = await SignIn.UserTokenAsync(new HttpClient { BaseAddress = address }, "operator", "mabes");
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        // Five bytes of a promised thousand, then nothing: Kestrel gives up on the body after its minimum data rate's grace.
        var head = $"POST /api/interactions HTTP/1.1\r\nHost: {address.Authority}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"a\":";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var within = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        within.CancelAfter(TimeSpan.FromSeconds(60));
        var reader = new StreamReader(stream);
        Assert.Equal("HTTP/1.1 408 Request Timeout", await reader.ReadLineAsync(within.Token));
        var headers = new List<string>();
        for (var line = await reader.ReadLineAsync(within.Token); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync(within.Token))
            headers.Add(line);
        Assert.Contains("Content-Type: application/problem+json", headers);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415_and_a_bad_caller_in_the_url_is_400()
    {
        var response = await Api.Client.PostAsync("/api/interactions", new StringContent("callerNumber=1", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("not_json", await CodeOf(response));
        var history = await Api.Client.GetAsync("/api/callers/abc/interactions");
        Assert.Equal(HttpStatusCode.BadRequest, history.StatusCode);
        Assert.Contains("callerNumber", await history.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_refusal_carries_a_stable_code_also_those_the_framework_writes()
    {
        Assert.Equal("case_not_found", await CodeOf(await Api.Client.GetAsync("/api/cases/K-261203-00000000AB")));
        Assert.Equal("unit_not_found", await CodeOf(await Api.Client.GetAsync("/api/units/polsek-atlantis")));
        using var anonymous = Factory.CreateClient();
        var unsigned = await anonymous.GetAsync("/api/cases");
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal("unauthorized", await CodeOf(unsigned));
        var put = await Api.Client.PutAsync("/api/interactions", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Equal("method_not_allowed", await CodeOf(put));
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
    }
}
