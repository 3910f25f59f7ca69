using System.Text.Json;

namespace Monitoring.Server.Http;

/// <summary>How the API reads JSON: the serializer's settings and the cap on a body's size.</summary>
public static class JsonBody
{
    public const long MaxBytes = 64 * 1024;

    /// <summary>The domain's words, read strictly: a number sent as a string ("-6.34") or a key sent twice is refused, not
    /// guessed at (ASP.NET Core's web defaults accept both, and the last of two keys would silently win).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        Monitoring.Domain.DomainJson.Configure(options);
        options.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        options.AllowDuplicateProperties = false;
        options.Converters.Add(new UtcDateTimeConverter());
        options.Converters.Add(new UtcDateTimeOffsetConverter());
    }

    /// <summary>Caps every request body, chunked ones included, where the server lets the cap be set.</summary>
    public static IApplicationBuilder UseBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength > MaxBytes)
        {
            await Problems.TooLarge().ExecuteAsync(context);
            return;
        }
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBytes;
        await next(context);
    });
}
