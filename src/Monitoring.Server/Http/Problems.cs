using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;

namespace Monitoring.Server.Http;

/// <summary>Every error the API gives, as RFC 7807 problem details; validation problems name the field.</summary>
public static class Problems
{
    private const string InvalidFields = "The request has invalid fields.";

    public static ValidationProblem Fields(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(ByField(errors), title: InvalidFields);

    public static ValidationProblem Field(string field, string message) => Fields([new FieldError(field, message)]);

    public static ProblemHttpResult Status(int status, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, extensions: extensions);

    public static ProblemHttpResult TooLarge() =>
        Status(StatusCodes.Status413PayloadTooLarge, $"The body may be at most {JsonBody.MaxBytes / 1024} KB.");

    public static ProblemHttpResult NotFound(string detail) => Status(StatusCodes.Status404NotFound, detail);

    /// <summary>A unit or case beyond the unit the sign-in's grant is scoped to.</summary>
    public static ProblemHttpResult OutsideGrant(string what) =>
        Status(StatusCodes.Status403Forbidden, $"{Monitoring.Domain.TextRules.ForLog(what)} lies outside your grant.");

    /// <summary>One result type for every kind of refusal, so that a handler's typed result names it once; a refused field
    /// gets the body <see cref="Fields"/> gives.</summary>
    public static ProblemHttpResult Rejected(Rejection rejection, Case? current) => rejection.Kind switch
    {
        RejectionKind.NotFound => NotFound(rejection.Reason),
        RejectionKind.Forbidden => Status(StatusCodes.Status403Forbidden, rejection.Reason),
        RejectionKind.Conflict => Status(StatusCodes.Status409Conflict, rejection.Reason,
            new Dictionary<string, object?> { ["state"] = current is null ? null : Monitoring.Domain.DomainJson.Name(current.State) }),
        _ => TypedResults.Problem(new HttpValidationProblemDetails(ByField([new FieldError(rejection.Field ?? "$", rejection.Reason)]))
        {
            Title = InvalidFields,
            Status = StatusCodes.Status400BadRequest,
        }),
    };

    private static Dictionary<string, string[]> ByField(IEnumerable<FieldError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
}
