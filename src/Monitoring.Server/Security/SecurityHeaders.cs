using Microsoft.Extensions.Options;

namespace Monitoring.Server.Security;

/// <summary>
/// The headers every response carries, whoever answers it: pages, static files, the API and its problem details,
/// challenges, the host filter's 400 and the hub. They are set as the response starts, so a handler that clears the
/// response (the exception handler does) cannot lose them. The API and the hub answer with <c>no-store</c>: they carry
/// callers' numbers, cases and tokens, which no browser or proxy cache may keep; static files keep their caching.
/// </summary>
public static class SecurityHeaders
{
    private static readonly PathString[] NeverStored = ["/api", "/hubs"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = ContentSecurityPolicy.For(app.ApplicationServices.GetRequiredService<IOptions<MonitoringOptions>>().Value.Ui);
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.XFrameOptions = "DENY";
                if (NeverStored.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
                    headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>
    /// Ahead of everything, the host filter that ASP.NET Core puts first included: a startup filter registered before
    /// the framework's own wraps them all.
    /// </summary>
    internal sealed class First : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseSecurityHeaders();
            next(app);
        };
    }
}
