namespace Monitoring.Domain;

/// <summary>
/// The stable codes of every refusal the center gives, so that a page shows it in the reader's language and a tool tells
/// refusals apart without parsing English. A code is never renamed or reused; a new refusal gets a new one. The pages keep
/// a text for each (ClientApp/src/texts/problems.ts, checked by a test).
/// </summary>
public static class ErrorCodes
{
    // What is wrong with one field.
    public const string Required = "required";
    public const string TooLong = "too_long";
    public const string UnknownValue = "unknown_value";
    public const string UnknownField = "unknown_field";
    public const string WrongType = "wrong_type";
    public const string OutOfRange = "out_of_range";
    public const string TextCharacters = "text_characters";
    public const string TimeFormat = "time_format";
    public const string TimeWindow = "time_window";
    public const string PeriodOrder = "period_order";
    public const string PeriodLength = "period_length";
    public const string CallerNumber = "caller_number";
    public const string CategoryOfKind = "category_of_kind";
    public const string PriorityLowered = "priority_lowered";
    public const string AnswerBeforeRing = "answer_before_ring";
    public const string AnswerDelay = "answer_delay";
    public const string Duration = "duration";
    public const string RecordingUri = "recording_uri";
    public const string UnknownUnit = "unknown_unit";
    public const string UnitRequired = "unit_required";
    public const string AdminToken = "admin_token";
    public const string PasswordRule = "password_rule";
    public const string UserNameRule = "user_name_rule";
    public const string WrongPassword = "wrong_password";
    public const string SamePassword = "same_password";
    public const string WrongCode = "wrong_code";
    public const string AskFirst = "ask_first";
    public const string PasskeyRefused = "passkey_refused";
    public const string MalformedJson = "malformed_json";
    public const string BadHeader = "bad_header";
    public const string AntiforgeryMissing = "antiforgery_missing";

    // What is wrong with the request as a whole (the problem's own code).
    public const string InvalidFields = "invalid_fields";
    public const string CaseNotFound = "case_not_found";
    public const string UnitNotFound = "unit_not_found";
    public const string UserNotFound = "user_not_found";
    public const string TokenNotFound = "token_not_found";
    public const string PasskeyNotFound = "passkey_not_found";
    public const string SsoOff = "sso_off";
    public const string OutsideGrant = "outside_grant";
    public const string NotOnChain = "not_on_chain";
    public const string GuardedCancel = "guarded_cancel";
    public const string IllegalInState = "illegal_in_state";
    public const string CaseOpenElsewhere = "case_open_elsewhere";
    public const string UserNameTaken = "user_name_taken";
    public const string LastAdmin = "last_admin";
    public const string SecondFactorEnrolled = "second_factor_enrolled";
    public const string NotAPerson = "not_a_person";
    public const string ThroughIssuer = "through_issuer";
    public const string IdempotencyKeyReused = "idempotency_key_reused";
    public const string NotJson = "not_json";
    public const string NotUtf8 = "not_utf8";
    public const string BodyUnreadable = "body_unreadable";
    public const string TooLarge = "too_large";
    public const string TooManyRequests = "too_many_requests";
    public const string WrongCredentials = "wrong_credentials";
    public const string LockedOut = "locked_out";
    public const string CodeRequired = "code_required";
    public const string MustChangePassword = "must_change_password";
    public const string LocalAccountsOff = "local_accounts_off";
    public const string ForeignOrigin = "foreign_origin";
    public const string NotAml = "not_aml";
    public const string NoRecentCall = "no_recent_call";
    public const string AlreadyAssigned = "already_assigned";
    public const string OutsideCommand = "outside_command";
    public const string PatrolExists = "patrol_exists";
    public const string PatrolNotFound = "patrol_not_found";
    public const string PatrolBusy = "patrol_busy";
    public const string TooMany = "too_many";
    public const string SearchQuery = "search_query";
    public const string NoOpenAlarm = "no_open_alarm";
    public const string NotSameIncident = "not_same_incident";
    public const string CaseId = "case_id";
    public const string NotLinked = "not_linked";
    public const string OperatorOnly = "operator_only";
    public const string CallId = "call_id";
    public const string StepOrder = "step_order";
    public const string CallNotFound = "call_not_found";
    public const string CallAbandoned = "call_abandoned";
    public const string CallRecorded = "call_recorded";
    public const string CallCaller = "call_caller";

    // Problems the framework makes, coded by their status.
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string Unavailable = "unavailable";
    public const string ServerError = "server_error";
    public const string Refused = "refused";

    /// <summary>The code of a problem nothing more specific named: by its status.</summary>
    public static string ForStatus(int status) => status switch
    {
        400 => InvalidFields,
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        413 => TooLarge,
        415 => NotJson,
        429 => TooManyRequests,
        503 => Unavailable,
        >= 500 => ServerError,
        _ => Refused,
    };
}
