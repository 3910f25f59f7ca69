using System.Net;
using System.Net.Http.Json;
using System.Text;
using Monitoring.Domain.Callers;
using Monitoring.Server.Cases;
using Monitoring.Server.Http;
using Monitoring.Server.Intake;

namespace Monitoring.Testing;

/// <summary>The calls a call taker and a unit make, in the words of the API: as an operator at the top of the tree, who may
/// record, read and act on everything; and as a manager, who reads /metrics and the reports.</summary>
public sealed class Api(MonitoringFactory factory, SignedInClient client, SignedInClient manager)
{
    public SignedInClient Client => client;

    /// <summary>The operator's access token, for the hub.</summary>
    public Task<string> TokenAsync() => client.TokenAsync();

    public SignedInClient Manager => manager;

    public static object Report(string caller = "081234567890", double latitude = -6.34348, double longitude = 106.66769,
        string category = "fire", string? priority = null) => new
    {
        callerNumber = caller,
        kind = "report",
        category,
        priority,
        location = new { latitude, longitude, address = "Jl. Raya Setu" },
        summary = "Rumah terbakar, dua orang terjebak",
        agentId = "agent-7",
    };

    public Task<HttpResponseMessage> PostRawAsync(string url, string json) =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    public async Task<IntakeResponse> RecordAsync(object body)
    {
        var response = await client.PostAsJsonAsync("/api/interactions", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<IntakeResponse>(factory.Json))!;
    }

    public Task<HttpResponseMessage> ActAsync(string caseId, string action, object body) =>
        client.PostAsJsonAsync($"/api/cases/{caseId}/{action}", body);

    public Task<CaseView> CaseAsync(string caseId) => factory.GetJsonAsync<CaseView>(client, $"/api/cases/{caseId}");

    public async Task<List<CallerEntry>> HistoryAsync(string caller) =>
        [.. (await factory.GetJsonAsync<ListPage<CallerEntry>>(client, $"/api/callers/{caller}/interactions")).Items];
}
