using System.Text;
using Microsoft.Extensions.Primitives;
using Monitoring.Domain;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Telephony;
using Monitoring.Server.Http;

namespace Monitoring.Server.Telephony;

/// <summary>
/// An AML message's body in either form the handsets' gateways send: the HTTPS transport's form-encoded pairs, or an AML
/// SMS's text (text/plain) passed on by an SMS gateway with the sender in the query's <c>device_number</c>.
/// </summary>
public static class AmlRequest
{
    /// <summary>An AML message is a few hundred bytes; more is not one.</summary>
    public const int MaxBytes = 8 * 1024;

    public const string SenderQuery = "device_number";

    /// <summary>The message, or the refusal to answer with.</summary>
    public static async Task<(AmlMessage? Message, IResult? Refusal)> ReadAsync(HttpRequest request, DateTimeOffset now)
    {
        if (request.ContentLength > MaxBytes) return (null, TooLarge());
        (AmlMessage? Message, IReadOnlyList<FieldError> Errors) parsed;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(new() { ValueCountLimit = AmlRules.MaxFields, ValueLengthLimit = MaxBytes }, request.HttpContext.RequestAborted);
            }
            catch (InvalidDataException)
            {
                return (null, Problems.Field("body", ErrorCodes.TooMany, $"An AML message has at most {AmlRules.MaxFields} fields."));
            }
            parsed = AmlMessage.Parse(form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? ""))), now);
        }
        else if (IsText(request))
        {
            var text = await TextAsync(request);
            if (text.Length > MaxBytes) return (null, TooLarge());
            parsed = AmlMessage.ParseSms(text, Sender(request.Query), now);
        }
        else
            return (null, Problems.Status(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.NotAml,
                "The body must be AML's HTTPS form (application/x-www-form-urlencoded) or an AML SMS text (text/plain, A\"ML=…)."));
        return parsed.Errors.Count > 0 ? (null, Problems.Fields(parsed.Errors)) : (parsed.Message, null);
    }

    private static bool IsText(HttpRequest request) =>
        request.ContentType is { } type && type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);

    private static async Task<string> TextAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxBytes + 1];
        var read = await reader.ReadBlockAsync(buffer, request.HttpContext.RequestAborted);
        return new string(buffer, 0, read);
    }

    /// <summary>Two senders are none: either could be the handset.</summary>
    private static string? Sender(IQueryCollection query) =>
        query.TryGetValue(SenderQuery, out StringValues values) && values.Count == 1 ? values[0] : null;

    private static IResult TooLarge() =>
        Problems.Status(StatusCodes.Status413PayloadTooLarge, ErrorCodes.TooLarge, $"An AML message may be at most {MaxBytes / 1024} KB.");
}
