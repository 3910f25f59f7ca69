using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;

namespace Monitoring.Server.Http;

/// <summary>Every error the API gives, as RFC 7807 problem details; validation problems name the field.</summary>
public static class Problems
{
    public static IResult Fields(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "The request has invalid fields.");

    public static IResult Field(string field, string message) => Fields([new FieldError(field, message)]);

    public static IResult Status(int status, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, extensions: extensions);

    public static IResult TooLarge() =>
        Status(StatusCodes.Status413PayloadTooLarge, $"The body may be at most {JsonBody.MaxBytes / 1024} KB.");

    public static IResult NotFound(string detail) => Status(StatusCodes.Status404NotFound, detail);

    public static IResult Rejected(Rejection rejection, Case? current) => rejection.Kind switch
    {
        RejectionKind.NotFound => NotFound(rejection.Reason),
        RejectionKind.Forbidden => Status(StatusCodes.Status403Forbidden, rejection.Reason),
        RejectionKind.Conflict => Status(StatusCodes.Status409Conflict, rejection.Reason,
            new Dictionary<string, object?> { ["state"] = current is null ? null : Monitoring.Domain.DomainJson.Name(current.State) }),
        _ => Field(rejection.Field ?? "$", rejection.Reason),
    };
}
