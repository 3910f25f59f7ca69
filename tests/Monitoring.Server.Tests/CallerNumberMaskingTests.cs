using System.Net.Http.Json;
using System.Text.Json;
using Monitoring.Domain.Cases;
using Monitoring.Server.Auth;
using Monitoring.Server.Wall;
using Monitoring.Testing;

namespace Monitoring.Server.Tests;

/// <summary>
/// The same case at the same time, read by the roles that may read its caller's number whole and by those that get it
/// masked, over HTTP and over the hub.
/// </summary>
public sealed class CallerNumberMaskingTests : ServerTest
{
    private const string Caller = "081298765432";
    private const string Full = "+6281298765432";
    private const string Masked = "0812****5432";
    private const string Setu = "polsek-setu-tangerang-selatan";

    /// <summary>The hidden digits: a body or a line that holds them holds the number.</summary>
    private const string Hidden = "298765";

    [Fact]
    public async Task The_wall_and_a_manager_read_the_number_masked_where_an_operator_and_an_officer_read_it_whole()
    {
        var caseId = (await Api.RecordAsync(Api.Report(caller: Caller))).CaseId!.Value.Value;
        var operatorClient = Api.Client;
        var officer = Factory.ClientAs(Roles.Officer, Setu);
        var wall = Factory.ClientAs(Roles.Wall);
        var manager = Api.Manager;
        // The list reads the read model, which follows the journal: wait until the case is listed for everyone.
        await Eventually.Until(() => CallerNumbersAsync(operatorClient, "/api/cases?open=true"), n => n.Count == 1, what: "the case listed");

        foreach (var (client, shown) in new[] { (operatorClient, Full), (officer, Full), (wall, Masked), (manager, Masked) })
        {
            Assert.Equal([shown], await CallerNumbersAsync(client, "/api/cases?open=true"));
            Assert.Equal([shown], await CallerNumbersAsync(client, $"/api/cases/{caseId}"));
            Assert.Equal([shown], await CallerNumbersAsync(client, $"/api/units/{Setu}"));
        }
        // An officer acting on the case gets the answer whole, as they will call back.
        var acted = await officer.PostAsJsonAsync($"/api/cases/{caseId}/acknowledge", new { unitId = Setu });
        Assert.Equal(Full, (await Body(acted)).GetProperty("callerNumber").GetString());
    }

    [Fact]
    public async Task A_number_written_into_the_summary_is_masked_for_the_wall_too()
    {
        var report = Api.Report(caller: Caller);
        var withNumber = JsonSerializer.SerializeToElement(report).Deserialize<Dictionary<string, object?>>()!;
        withNumber["summary"] = "Minta ditelepon balik di 0813-1298-7654";
        var caseId = (await Api.RecordAsync(withNumber)).CaseId!.Value.Value;

        var wall = await Body(await Factory.ClientAs(Roles.Wall).GetAsync($"/api/cases/{caseId}"));
        Assert.Equal("Minta ditelepon balik di 0813****7654", wall.GetProperty("summary").GetString());
        Assert.Equal("Minta ditelepon balik di 0813****7654", wall.GetProperty("timeline")[0].GetProperty("detail").GetString());
        var operatorView = await Body(await Api.Client.GetAsync($"/api/cases/{caseId}"));
        Assert.Equal("Minta ditelepon balik di 0813-1298-7654", operatorView.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Over_the_hub_the_wall_hears_the_number_masked_while_an_operator_hears_it_whole()
    {
        _ = Factory.Server;
        await using var wall = new WallWatcher(Factory, await Factory.ClientAs(Roles.Wall).TokenAsync());
        await using var operatorWall = new WallWatcher(Factory, await Api.TokenAsync());
        await using var managerConsole = new WallWatcher(Factory, await Api.Manager.TokenAsync());
        await using var officerConsole = new WallWatcher(Factory, await Factory.ClientAs(Roles.Officer, Setu).TokenAsync());
        await wall.JoinAsync(nameof(WallHub.JoinWall));
        await operatorWall.JoinAsync(nameof(WallHub.JoinWall));
        await managerConsole.JoinAsync(nameof(WallHub.JoinUnit), Setu);
        await officerConsole.JoinAsync(nameof(WallHub.JoinUnit), Setu);

        var caseId = (await Api.RecordAsync(Api.Report(caller: Caller))).CaseId!.Value;

        foreach (var (watcher, shown) in new[] { (wall, Masked), (operatorWall, Full), (managerConsole, Masked), (officerConsole, Full) })
        {
            var heard = await Eventually.Until(() => Task.FromResult(watcher.Changes.ToList()), c => c.Count > 0, what: "the new case pushed");
            Assert.Equal(caseId, Assert.Single(heard).Case.CaseId);
            Assert.Equal(shown, heard[0].Case.CallerNumber);
        }

        // A screen that joins later gets its snapshot shown the same way.
        await using var lateWall = new WallWatcher(Factory, await Factory.ClientAs(Roles.Wall).TokenAsync());
        await using var lateOperator = new WallWatcher(Factory, await Api.TokenAsync());
        Assert.Equal(Masked, Assert.Single(await lateWall.JoinAsync(nameof(WallHub.JoinWall))).CallerNumber);
        Assert.Equal(Full, Assert.Single(await lateOperator.JoinAsync(nameof(WallHub.JoinWall))).CallerNumber);
    }

    /// <summary>Every caller number in a JSON answer, which must not be stored by any cache on its way.</summary>
    private static async Task<List<string>> CallerNumbersAsync(HttpClient client, string url)
    {
        var body = await Body(await client.GetAsync(url));
        var found = new List<string>();
        Collect(body, found);
        return found;
    }

    private static async Task<JsonElement> Body(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage!.RequestUri} → {(int)response.StatusCode} {text}");
        Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage.RequestUri} may be cached");
        if (!text.Contains(Full, StringComparison.Ordinal)) Assert.DoesNotContain(Hidden, text, StringComparison.Ordinal);
        return JsonDocument.Parse(text).RootElement;
    }

    private static void Collect(JsonElement element, List<string> found)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals("callerNumber")) found.Add(property.Value.GetString()!);
                else Collect(property.Value, found);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Collect(item, found);
        }
    }
}
