using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Akka.Actor;
using Akka.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Monitoring.Actors.Protocol;
using Monitoring.Domain.Interactions;
using Monitoring.Domain;
using Monitoring.Server.Http;

namespace Monitoring.Server.Intake;

/// <summary>
/// The <c>Idempotency-Key</c> header of an intake: a double click or a client's retry under the same key gets the first
/// answer again instead of a second interaction. The key is scoped to the sign-in, so nobody can replay another's answer.
/// Only a recorded interaction is remembered: a refused one changed nothing, and its retry is judged afresh.
/// </summary>
public sealed class IdempotentIntake(ActorRegistry actors, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 128;

    public static string? Check(string key) =>
        key.Length is 0 or > MaxKeyLength || key.Any(c => c is < '!' or > '~')
            ? $"At most {MaxKeyLength} printable ASCII characters without spaces."
            : null;

    public async Task<IResult> RecordAsync(HttpContext http, string key, IntakeForm form, Func<Task<IResult>> record)
    {
        var region = actors.Get<IntakeKeyRegion>();
        var scoped = Hash($"{http.User.Identity?.Name}\n{key}");
        var reply = await region.AskFor<IntakeKeyReply>(
            new ClaimIntakeKey(scoped, Hash(JsonSerializer.Serialize(form, json.Value.SerializerOptions))), ActorAsk.Timeout);
        switch (reply.Verdict)
        {
            case IntakeKeyVerdict.Mismatch:
                return Problems.Status(StatusCodes.Status422UnprocessableEntity, ErrorCodes.IdempotencyKeyReused,
                    $"The {Header} was used for another request in the last minutes: send a new key for a new interaction.");
            case IntakeKeyVerdict.Answered when reply.Answer is { } answer:
                if (answer.Location is not null) http.Response.Headers.Location = answer.Location;
                return Results.Content(answer.Body, "application/json", Encoding.UTF8, answer.Status);
        }

        IntakeAnswer? remembered = null;
        try
        {
            var result = await record();
            if (result is Created<IntakeResponse> created)
                remembered = new IntakeAnswer(StatusCodes.Status201Created, created.Location,
                    JsonSerializer.Serialize(created.Value, json.Value.SerializerOptions));
            return result;
        }
        finally
        {
            region.Tell(new CompleteIntakeKey(scoped, remembered), ActorRefs.NoSender);
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
