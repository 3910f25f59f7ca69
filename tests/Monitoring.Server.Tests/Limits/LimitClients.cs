using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Monitoring.Server.Tests.Limits;

/// <summary>Clients of the in-memory server that come from an address of the test's choosing, and reading a 429.</summary>
public static class LimitClients
{
    /// <summary>A client whose requests the server sees from <paramref name="address"/>, as Kestrel would set it.</summary>
    public static HttpClient From(MonitoringFactory factory, string address)
    {
        var ip = IPAddress.Parse(address);
        return new HttpClient(factory.Server.CreateHandler(context => context.Connection.RemoteIpAddress = ip))
        {
            BaseAddress = factory.Server.BaseAddress,
        };
    }

    /// <summary>A 429 as problem details with Retry-After in whole seconds, the same in the body; its detail and seconds.</summary>
    public static async Task<(string Detail, int RetryAfter)> TooManyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.TooManyRequests, $"{(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var seconds = int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal(seconds, problem.GetProperty("retryAfter").GetInt32());
        return (problem.GetProperty("detail").GetString()!, seconds);
    }

    /// <summary>A client carrying a new API token of the integration role, as the telephony does.</summary>
    public static async Task<HttpClient> TelephonyAsync(MonitoringFactory factory)
    {
        var issued = await (await factory.AdminClientAsync()).PostAsJsonAsync("/api/admin/tokens", new { name = "telephony", role = "integration" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        return Monitoring.Server.Tests.Auth.AuthApi.Bearer(factory, token);
    }

    public static Task<HttpResponseMessage> RecordAsync(HttpClient client) =>
        client.PostAsJsonAsync("/api/interactions", new { callerNumber = "0899999999", kind = "information" });
}
