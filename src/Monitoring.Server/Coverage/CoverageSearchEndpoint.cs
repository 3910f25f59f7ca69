using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Server.Auth;
using Monitoring.Server.Http;

namespace Monitoring.Server.Coverage;

/// <summary>For everyone signed in, as the point's routing beside it: place names are a public gazetteer, and the call
/// taker, the operator at the wall and the officer all locate a caller by them.</summary>
public static class CoverageSearchEndpoint
{
    public sealed record PlaceView(string Name, string Kind, string Code, string? Within, double Latitude, double Longitude,
        UnitId UnitId, IReadOnlyList<UnitId> Chain, bool OutOfCoverage);

    public static IEndpointRouteBuilder MapCoverageSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/coverage/search", Search)
            .WithTags("Coverage")
            .WithSummary($"Villages (kelurahan/desa) and kecamatan whose name or a word of it starts with q, best first, at most {PlaceSearch.MaxResults}, each with its point and the unit a case there goes to.")
            .RequireAuthorization(Policies.SignedIn)
            .Produces<PlaceView[]>()
            .ProducesValidationProblem();
        return app;
    }

    private static IResult Search(string? q, PlaceSearch places)
    {
        var query = q?.Trim() ?? "";
        if (PlaceSearch.Fold(query).Length < 2 || query.Length > PlaceSearch.MaxQueryLength)
            return Problems.Field("q", ErrorCodes.SearchQuery, $"The search needs 2 to {PlaceSearch.MaxQueryLength} characters, with at least 2 letters or digits.");
        return TypedResults.Ok(places.Search(query).Select(p => new PlaceView(p.Name, p.Kind == PlaceKind.Village ? "village" : "kecamatan",
            p.Code, p.Within, p.Point.Latitude, p.Point.Longitude, p.Routing.UnitId, p.Routing.Chain, p.Routing.OutOfCoverage)).ToArray());
    }
}
