using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Monitoring.Server.Security;

/// <summary>The HTTP side's hardening in two calls: security headers, HTTPS with HSTS, and forwarded headers from known proxies.</summary>
public static class HttpHardening
{
    public static WebApplicationBuilder AddHttpHardening(this WebApplicationBuilder builder)
    {
        builder.ListenWithTlsWhenConfigured();
        builder.Services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, SecurityHeaders.First>());
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<MonitoringOptions>>((o, monitoring) =>
        {
            var trusted = monitoring.Value.ForwardedHeaders;
            if (!trusted.Trusted) return;
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // ASP.NET Core trusts loopback by default; here only the proxies named, and through a chain of them.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in trusted.Proxies) o.KnownProxies.Add(proxy);
            foreach (var network in trusted.Networks) o.KnownIPNetworks.Add(network);
            o.ForwardLimit = null;
        });
        return builder;
    }

    /// <summary>First in the pipeline: the client's address and scheme are settled before anything reads them.</summary>
    public static WebApplication UseHttpHardening(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<MonitoringOptions>>().Value;
        // Not without a proxy named: with both lists empty the middleware believes every client.
        if (options.ForwardedHeaders.Trusted) app.UseForwardedHeaders();
        // Only on requests that came over HTTPS (directly or through a known proxy), and never for localhost.
        app.UseHsts();
        if (options.Https.Enabled) app.UseHttpsRedirection();
        return app;
    }
}
