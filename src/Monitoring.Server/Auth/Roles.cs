namespace Monitoring.Server.Auth;

/// <summary>The roles a person or a machine token holds, one each. Anything else (or none) may do nothing.</summary>
public static class Roles
{
    public const string CallTaker = "calltaker";
    public const string Operator = "operator";
    public const string Officer = "officer";
    public const string Manager = "manager";
    public const string Wall = "wall";
    public const string Admin = "admin";
    public const string Integration = "integration";

    public static IReadOnlyList<string> All { get; } = [CallTaker, Operator, Officer, Manager, Wall, Admin, Integration];

    /// <summary>The roles whose grant names a unit: they see and act only in that unit and every unit below it.</summary>
    public static IReadOnlyList<string> Scoped { get; } = [Operator, Officer, Wall];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
