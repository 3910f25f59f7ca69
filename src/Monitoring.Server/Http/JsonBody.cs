using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Monitoring.Server.Http;

/// <summary>
/// Reads a JSON body itself, so that malformed JSON, a wrong type or an oversized body becomes problem details
/// naming the field, instead of an empty 400.
/// </summary>
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

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext context) where T : class
    {
        if (context.Request.ContentLength > MaxBytes) return (null, Problems.TooLarge());
        if (!context.Request.HasJsonContentType())
            return (null, Problems.Status(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON (Content-Type: application/json)."));
        // JSON is UTF-8 (RFC 8259); a body said to be in another charset would be read wrongly, not refused.
        if (Microsoft.Net.Http.Headers.MediaTypeHeaderValue.Parse(context.Request.ContentType).Charset is { Length: > 0 } charset
            && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            return (null, Problems.Status(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON in UTF-8 (charset=utf-8 or none)."));
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, options, context.RequestAborted);
            return value is null ? (null, Problems.Field("$", "The body must be a JSON object.")) : (value, null);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) ? "$" : e.Path.TrimStart('$', '.');
            return (null, Problems.Field(field.Length == 0 ? "$" : field, $"Malformed JSON at {e.Path ?? "$"}: {FirstSentence(e.Message)}"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.TooLarge());
        }
        catch (BadHttpRequestException e)
        {
            // The body stopped short or came too slowly: the client's connection, not the center, failed.
            return (null, Problems.Status(e.StatusCode, $"The body could not be read: {FirstSentence(e.Message)}"));
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
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
