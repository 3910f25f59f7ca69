using Microsoft.EntityFrameworkCore;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain;
using Monitoring.Server.Audit;
using Monitoring.Server.Http;

namespace Monitoring.Server.Auth;

/// <summary><c>/api/admin/tokens</c>: API tokens for machines (telephony, integrations, a wall without a keyboard).</summary>
public static class AdminTokenEndpoints
{
    public static RouteGroupBuilder MapAdminTokens(this RouteGroupBuilder admin)
    {
        var tokens = admin.MapGroup("/tokens");
        tokens.MapPost("/", IssueAsync).ReadsJson<NewApiToken>().Audited("token.issue").WithSummary("Issues an API token; its text is shown only in this answer.");
        tokens.MapGet("/", ListAsync);
        tokens.MapDelete("/{id}", RevokeAsync).Audited("token.revoke", "id").WithSummary("Revokes an API token at once.");
        return admin;
    }

    private static async Task<IResult> IssueAsync(JsonBody<NewApiToken> body, PeopleDb db, JurisdictionTree tree, TimeProvider time, HttpContext http)
    {
        var request = body.Value;
        AuditNote.Add(http, detail: $"name={request.Name} role={request.Role} unitId={request.UnitId}");
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 100)
            errors.Add(new FieldError("name", ErrorCodes.Required, "The name is required, at most 100 characters."));
        GrantRules.Name("name", request.Name, errors);
        GrantRules.CheckToken(request.Role, request.UnitId, tree, errors);
        if (errors.Count > 0) return Problems.Fields(errors);
        var secret = ApiTokenSecret.New();
        var token = new ApiToken
        {
            Id = Guid.NewGuid().ToString("N")[..16], Name = request.Name!.Trim(), Role = request.Role!,
            UnitId = string.IsNullOrWhiteSpace(request.UnitId) ? null : request.UnitId, Hash = ApiTokenSecret.Hash(secret),
            CreatedAt = time.GetUtcNow(),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        AuditNote.Add(http, target: token.Id);
        return TypedResults.Created($"/api/admin/tokens/{token.Id}", new IssuedApiToken(token.Id, token.Name, token.Role, token.UnitId, secret));
    }

    /// <summary>Sorted in memory: SQLite cannot order by the stored times in SQL.</summary>
    private static async Task<IResult> ListAsync(PeopleDb db) =>
        TypedResults.Ok((await db.ApiTokens.AsNoTracking().ToListAsync()).OrderBy(t => t.CreatedAt).Select(ApiTokenView.Of).ToList());

    private static async Task<IResult> RevokeAsync(string id, PeopleDb db, TimeProvider time)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id);
        if (token is null) return Problems.NotFound(ErrorCodes.TokenNotFound, $"No API token '{id}'.");
        token.RevokedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync();
        return TypedResults.NoContent();
    }
}
