using System.Buffers.Text;
using Microsoft.AspNetCore.Identity;
using Monitoring.Domain;
using Monitoring.Server.Audit;
using Monitoring.Server.Http;

namespace Monitoring.Server.Auth;

/// <summary><c>/api/auth/passkeys</c>: the signed-in person registers, lists and removes their own passkeys.</summary>
public static class PasskeyEndpoints
{
    public const int MaxNameLength = 100;

    public const string ThroughTheIssuer = "A person of the issuer's signs in through the issuer (/signin/sso), not with a passkey here.";

    public static RouteGroupBuilder MapPasskeys(this RouteGroupBuilder auth)
    {
        // Policies.SignedIn, not a bare sign-in: a person who must first change the password or enrol holds no role yet,
        // and a passkey is no way around either.
        auth.MapPost("/passkeys/options", OptionsAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The options for navigator.credentials.create(), as JSON for PublicKeyCredential.parseCreationOptionsFromJSON.");
        auth.MapPost("/passkeys", AddAsync).ReadsJson<PasskeyRegistration>().RequireAuthorization(Policies.SignedIn).Audited("auth.passkey.add")
            .WithSummary("Stores the passkey the browser made from the options, under the name given.");
        auth.MapGet("/passkeys", ListAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The signed-in person's passkeys.");
        auth.MapDelete("/passkeys/{id}", RemoveAsync).RequireAuthorization(Policies.SignedIn).Audited("auth.passkey.remove", "id")
            .WithSummary("Removes one of the signed-in person's passkeys, by its id from GET /api/auth/passkeys.");
        return auth;
    }

    private static async Task<IResult> OptionsAsync(HttpContext context, UserManager<MonitoringUser> users, IPasskeyHandler<MonitoringUser> passkeys)
    {
        var user = await users.PersonAsync(context.User);
        if (user is null) return Problems.Status(StatusCodes.Status403Forbidden, ErrorCodes.NotAPerson, SignedInPerson.NotAPerson);
        if (!user.SignsInHere) return Problems.Status(StatusCodes.Status403Forbidden, ErrorCodes.ThroughIssuer, ThroughTheIssuer);
        var entity = new PasskeyUserEntity { Id = user.Id, Name = user.UserName!, DisplayName = user.DisplayName ?? user.UserName! };
        var options = await passkeys.MakeCreationOptionsAsync(entity, context);
        PasskeyState.Keep(context, PasskeyState.Creation, options.AttestationState);
        return TypedResults.Text(options.CreationOptionsJson, "application/json");
    }

    private static async Task<IResult> AddAsync(JsonBody<PasskeyRegistration> body, HttpContext context, UserManager<MonitoringUser> users,
        IPasskeyHandler<MonitoringUser> passkeys, TimeProvider time)
    {
        var user = await users.PersonAsync(context.User);
        if (user is null) return Problems.Status(StatusCodes.Status403Forbidden, ErrorCodes.NotAPerson, SignedInPerson.NotAPerson);
        if (!user.SignsInHere) return Problems.Status(StatusCodes.Status403Forbidden, ErrorCodes.ThroughIssuer, ThroughTheIssuer);
        var name = body.Value.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength) return Problems.Field("name", ErrorCodes.Required, $"Give the passkey a name of 1 to {MaxNameLength} characters.");
        if (body.Value.Credential is not { } credential) return Problems.Field("credential", ErrorCodes.Required, "The credential from navigator.credentials.create() is missing.");
        var state = PasskeyState.Take(context, PasskeyState.Creation);
        if (state is null) return Problems.Field("credential", ErrorCodes.AskFirst, "Ask for options first (POST /api/auth/passkeys/options); they last a few minutes.");
        var result = await passkeys.PerformAttestationAsync(new PasskeyAttestationContext
        {
            HttpContext = context, CredentialJson = credential.GetRawText(), AttestationState = state,
        });
        // The options were made for the person signed in then; another one since (a shared screen) must not get them.
        if (!result.Succeeded || result.UserEntity.Id != user.Id)
            return Problems.Field("credential", ErrorCodes.PasskeyRefused, "The passkey was not accepted: " + (result.Failure?.Message ?? "it was made for another person."));
        result.Passkey.Name = name;
        var added = await users.AddOrUpdatePasskeyAsync(user, result.Passkey);
        if (!added.Succeeded) return AuthProblems.Fields(added, "credential");
        return TypedResults.Ok(View(result.Passkey));
    }

    private static async Task<IResult> ListAsync(HttpContext context, UserManager<MonitoringUser> users)
    {
        var user = await users.PersonAsync(context.User);
        if (user is null) return Problems.Status(StatusCodes.Status403Forbidden, ErrorCodes.NotAPerson, SignedInPerson.NotAPerson);
        return TypedResults.Ok((await users.GetPasskeysAsync(user)).OrderBy(p => p.CreatedAt).Select(View).ToList());
    }

    private static async Task<IResult> RemoveAsync(string id, HttpContext context, UserManager<MonitoringUser> users)
    {
        var user = await users.PersonAsync(context.User);
        if (user is null) return Problems.Status(StatusCodes.Status403Forbidden, ErrorCodes.NotAPerson, SignedInPerson.NotAPerson);
        if (!Base64Url.IsValid(id) || await users.GetPasskeyAsync(user, Base64Url.DecodeFromChars(id)) is not { } passkey)
            return Problems.Status(StatusCodes.Status404NotFound, ErrorCodes.PasskeyNotFound, "No passkey of yours has that id.");
        var removed = await users.RemovePasskeyAsync(user, passkey.CredentialId);
        return removed.Succeeded ? TypedResults.NoContent() : AuthProblems.Fields(removed, "id");
    }

    private static PasskeyView View(UserPasskeyInfo passkey) =>
        new(Base64Url.EncodeToString(passkey.CredentialId), passkey.Name ?? "", passkey.CreatedAt);
}
