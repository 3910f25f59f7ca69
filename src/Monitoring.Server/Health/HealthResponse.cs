using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Monitoring.Server.Health;

/// <summary>A readiness answer that says which check is not healthy and why, where the default writes one word.</summary>
public static class HealthResponse
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description, e.Value.Data }),
        }, Json));
    }
}
