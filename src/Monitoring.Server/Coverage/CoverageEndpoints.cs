using System.Globalization;
using Monitoring.Domain;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Server.Auth;
using Monitoring.Server.Http;

namespace Monitoring.Server.Coverage;

/// <summary>For everyone: which unit covers a point.</summary>
public static class CoverageEndpoints
{
    public sealed record ResolveView(UnitId UnitId, IReadOnlyList<UnitId> Chain, bool OutOfCoverage);

    public static IEndpointRouteBuilder MapCoverage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/coverage/resolve", Resolve)
            .WithTags("Coverage")
            .WithSummary("The deepest unit whose coverage holds the point, and its chain up to Mabes.")
            .RequireAuthorization(Policies.SignedIn)
            .Produces<ResolveView>()
            .ProducesValidationProblem();
        return app;
    }

    private static IResult Resolve(string? latitude, string? longitude, CoverageMap coverage)
    {
        var errors = new List<FieldError>();
        var lat = Coordinate(latitude, "latitude", 90, errors);
        var lon = Coordinate(longitude, "longitude", 180, errors);
        if (errors.Count > 0) return Problems.Fields(errors);
        var routing = coverage.Resolve(new GeoPoint(lat, lon));
        return TypedResults.Ok(new ResolveView(routing.UnitId, routing.Chain, routing.OutOfCoverage));
    }

    private static double Coordinate(string? text, string field, double limit, List<FieldError> errors)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value)
            || Math.Abs(value) > limit)
            errors.Add(new FieldError(field, ErrorCodes.OutOfRange, $"The {field} must be a number between -{limit} and {limit}."));
        return value;
    }
}
