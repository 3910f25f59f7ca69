using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Testing;

/// <summary>What a test sends as the telephony: call events with an integration's token, times written as a PBX writes them.</summary>
internal sealed class Pbx(HttpClient integration)
{
    public static string At(DateTimeOffset at) => at.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    public async Task<(System.Net.HttpStatusCode Status, JsonElement Body)> SendAsync(object step)
    {
        using var response = await integration.PostAsJsonAsync("/api/telephony/events", step);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>An event the center must take: the call as it now stands.</summary>
    public async Task<JsonElement> OkAsync(object step)
    {
        var (status, body) = await SendAsync(step);
        Assert.True(status == System.Net.HttpStatusCode.OK, $"{status} {body}");
        return body;
    }
}
