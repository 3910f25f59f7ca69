using System.Globalization;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Interactions;
using Monitoring.Server.Auth;
using Monitoring.Server.Http;

namespace Monitoring.Server.Linking;

/// <summary>For whoever takes a call: the open cases that may be the same incident, while the caller is still on the line.</summary>
public static class NearbyEndpoint
{
    public static RouteGroupBuilder MapNearby(this RouteGroupBuilder cases)
    {
        cases.MapGet("/nearby", NearbyAsync)
            .WithSummary("Open cases near a point, recent and of a compatible category, or from the same caller: link candidates, nearest first.")
            .RequireAuthorization(Policies.RecordInteractions)
            .Produces<IReadOnlyList<NearbyCase>>()
            .ProducesValidationProblem();
        return cases;
    }

    private static async Task<IResult> NearbyAsync(string? latitude, string? longitude, string? category, string? callerNumber,
        LinkFinder finder, TimeProvider clock, System.Security.Claims.ClaimsPrincipal user, Monitoring.Domain.Jurisdiction.JurisdictionTree tree)
    {
        var errors = new List<FieldError>();
        var lat = Degrees(latitude, "latitude", 90, errors);
        var lon = Degrees(longitude, "longitude", 180, errors);
        Category? cat = null;
        if (string.IsNullOrEmpty(category)) errors.Add(new FieldError("category", ErrorCodes.Required, "The category is required."));
        else cat = QueryFields.Parse<Category>(category, "category", errors);
        CallerNumber? caller = null;
        if (!string.IsNullOrEmpty(callerNumber) && (caller = CallerNumbers.Normalize(callerNumber)) is null)
            errors.Add(new FieldError("callerNumber", ErrorCodes.CallerNumber, CallerNumbers.Rule));
        if (errors.Count > 0) return Problems.Fields(errors);

        var now = clock.GetUtcNow();
        var found = await finder.CandidatesAsync(new GeoPoint(lat!.Value, lon!.Value), cat!.Value, caller);
        // Only cases the call taker may read: a Polda's intake is not told of another Polda's cases, nor may it join them.
        var scope = GrantScope.Of(user, tree);
        return TypedResults.Ok(found.Where(x => scope.Sees(x.Case.UnitChain)).Select(x => NearbyCase.Of(x, now)).ToList());
    }

    private static double? Degrees(string? text, string field, double max, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text)) errors.Add(new FieldError(field, ErrorCodes.Required, $"The {field} is required."));
        else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || Math.Abs(value) > max)
            errors.Add(new FieldError(field, ErrorCodes.OutOfRange, $"The {field} must be a number between -{max} and {max}."));
        else return value;
        return null;
    }
}
