using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Server.Intake;

namespace Monitoring.Server.Tests;

public sealed class IdempotencyKeyTests : ServerTest
{
    private Task<HttpResponseMessage> PostAsync(object body, params string[] keys)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/interactions") { Content = JsonContent.Create(body) };
        foreach (var key in keys) request.Headers.TryAddWithoutValidation(IdempotentIntake.Header, key);
        return Api.Client.SendAsync(request);
    }

    [Fact]
    public async Task A_double_click_under_one_key_records_one_case_and_a_reused_or_bad_key_is_refused_by_name()
    {
        const string caller = "081277770001";
        var report = Api.Report(caller);

        var both = await Task.WhenAll(PostAsync(report, "click-1"), PostAsync(report, "click-1"));
        Assert.All(both, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var answers = await Task.WhenAll(both.Select(r => r.Content.ReadFromJsonAsync<IntakeResponse>(Factory.Json)));
        Assert.NotNull(answers[0]!.CaseId);
        Assert.Equal(answers[0]!.CaseId, answers[1]!.CaseId);
        Assert.Equal(both[0].Headers.Location, both[1].Headers.Location);

        // Another key is another interaction: once it is in the history, the double click shows as one entry beside it.
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(new { callerNumber = caller, kind = "information", channel = "voice" }, "next-call")).StatusCode);
        var history = await Eventually.Until(() => Api.HistoryAsync(caller), h => h.Count >= 2);
        Assert.Equal(2, history.Count);

        var reused = await PostAsync(Api.Report(caller, category: "crime"), "click-1");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Contains(IdempotentIntake.Header, await reused.Content.ReadAsStringAsync());

        foreach (var bad in new[] { new[] { "has space" }, [new string('k', 200)], ["a", "b"] })
        {
            var refused = await PostAsync(report, bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(IdempotentIntake.Header, out _));
        }
        Assert.Equal(2, (await Api.HistoryAsync(caller)).Count);
    }
}
