using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Monitoring.Domain;

namespace Monitoring.Server.Http;

/// <summary>
/// Stands before every endpoint whose body is JSON, so that malformed JSON, a wrong type, another charset or an
/// oversized, stalled or short body becomes problem details naming the field, instead of the bare status that minimal
/// API binding answers with. It wraps the endpoint rather than being an endpoint filter: binding reads the body before
/// any filter runs. The value it read reaches the handler as a <see cref="JsonBody{T}"/> parameter, so the body is read
/// once, on the intake's path too.
/// </summary>
public static class JsonBodyGate
{
    /// <param name="answerFirst">An answer that does not depend on the body and so comes before it is read, or null to go on.</param>
    public static RouteHandlerBuilder ReadsJson<T>(this RouteHandlerBuilder endpoint, Func<HttpContext, Task<IResult?>>? answerFirst = null)
        where T : class
    {
        endpoint.Accepts<T>("application/json");
        endpoint.Add(builder =>
        {
            var bind = builder.RequestDelegate!;
            builder.RequestDelegate = async context =>
            {
                var answer = (answerFirst is null ? null : await answerFirst(context)) ?? await ReadAsync<T>(context);
                await (answer is null ? bind(context) : answer.ExecuteAsync(context));
            };
        });
        return endpoint;
    }

    /// <summary>Null when the body is a <typeparamref name="T"/>, which is then held for the handler; else the refusal.</summary>
    private static async Task<IResult?> ReadAsync<T>(HttpContext context) where T : class
    {
        var request = context.Request;
        if (request.ContentLength > JsonBody.MaxBytes) return Problems.TooLarge();
        if (!request.HasJsonContentType())
            return Problems.Status(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.NotJson, "The body must be JSON (Content-Type: application/json).");
        // JSON is UTF-8 (RFC 8259); a body said to be in another charset would be read wrongly, not refused.
        if (Microsoft.Net.Http.Headers.MediaTypeHeaderValue.Parse(request.ContentType).Charset is { Length: > 0 } charset
            && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            return Problems.Status(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.NotUtf8, "The body must be JSON in UTF-8 (charset=utf-8 or none).");
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, context.RequestAborted);
            if (value is null) return Problems.Field("$", ErrorCodes.WrongType, "The body must be a JSON object.");
            context.Items[typeof(JsonBody<T>)] = new JsonBody<T>(value);
            return null;
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) ? "$" : e.Path.TrimStart('$', '.');
            return Problems.Field(field.Length == 0 ? "$" : field, ErrorCodes.MalformedJson, $"Malformed JSON at {e.Path ?? "$"}: {FirstSentence(e.Message)}");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.TooLarge();
        }
        catch (BadHttpRequestException e)
        {
            // The body stopped short or came too slowly: the client's connection, not the center, failed.
            return Problems.Status(e.StatusCode, ErrorCodes.BodyUnreadable, $"The body could not be read: {FirstSentence(e.Message)}");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
