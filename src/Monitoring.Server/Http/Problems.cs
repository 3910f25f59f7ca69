using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;

namespace Monitoring.Server.Http;

/// <summary>
/// Every error the API gives, as RFC 7807 problem details with a stable <c>code</c> (<see cref="ErrorCodes"/>); validation
/// problems name the field, and beside each field's messages (<c>errors</c>) its codes (<c>codes</c>) in the same order.
/// </summary>
public static class Problems
{
    private const string InvalidFields = "The request has invalid fields.";

    public static ValidationProblem Fields(IEnumerable<FieldError> errors)
    {
        var list = errors.ToList();
        return TypedResults.ValidationProblem(ByField(list, e => e.Message), title: InvalidFields, extensions: Coded(list));
    }

    public static ValidationProblem Field(string field, string code, string message) => Fields([new FieldError(field, code, message)]);

    public static ProblemHttpResult Status(int status, string code, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status,
            extensions: new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["code"] = code });

    public static ProblemHttpResult TooLarge() =>
        Status(StatusCodes.Status413PayloadTooLarge, ErrorCodes.TooLarge, $"The body may be at most {JsonBody.MaxBytes / 1024} KB.");

    public static ProblemHttpResult NotFound(string code, string detail) => Status(StatusCodes.Status404NotFound, code, detail);

    /// <summary>A unit or case beyond the unit the sign-in's grant is scoped to.</summary>
    public static ProblemHttpResult OutsideGrant(string what) =>
        Status(StatusCodes.Status403Forbidden, ErrorCodes.OutsideGrant, $"{TextRules.ForLog(what)} lies outside your grant.");

    /// <summary>One result type for every kind of refusal, so that a handler's typed result names it once; a refused field
    /// gets the body <see cref="Fields"/> gives, any other refusal that names a field says it as <c>field</c>.</summary>
    public static ProblemHttpResult Rejected(Rejection rejection, Case? current) => rejection.Kind switch
    {
        RejectionKind.NotFound => Status(StatusCodes.Status404NotFound, rejection.Code, rejection.Reason, Named(rejection)),
        RejectionKind.Forbidden => Status(StatusCodes.Status403Forbidden, rejection.Code, rejection.Reason, Named(rejection)),
        RejectionKind.Conflict => Status(StatusCodes.Status409Conflict, rejection.Code, rejection.Reason,
            new Dictionary<string, object?>(Named(rejection)) { ["state"] = current is null ? null : DomainJson.Name(current.State) }),
        _ => Invalid([new FieldError(rejection.Field ?? "$", rejection.Code, rejection.Reason)]),
    };

    private static Dictionary<string, object?> Named(Rejection rejection) =>
        rejection.Field is { } field ? new() { ["field"] = field } : [];

    /// <summary>Codes the problems the framework writes itself (401, 403, 404, 405, an unhandled exception) by their status.</summary>
    public static void Coded(ProblemDetailsContext context) =>
        context.ProblemDetails.Extensions.TryAdd("code", ErrorCodes.ForStatus(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode));

    private static ProblemHttpResult Invalid(IReadOnlyList<FieldError> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(ByField(errors, e => e.Message))
        {
            Title = InvalidFields,
            Status = StatusCodes.Status400BadRequest,
            Extensions = Coded(errors),
        });

    /// <summary>A validation problem's own code and each field's codes, the same for both result types it comes as.</summary>
    private static Dictionary<string, object?> Coded(IReadOnlyList<FieldError> errors) =>
        new() { ["code"] = ErrorCodes.InvalidFields, ["codes"] = ByField(errors, e => e.Code) };

    private static Dictionary<string, string[]> ByField(IEnumerable<FieldError> errors, Func<FieldError, string> part) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(part).ToArray());
}
