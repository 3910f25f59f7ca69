using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Monitoring.Domain.Cases;

/// <summary>The stable short name of each case event, declared once as its JSON discriminator.</summary>
public static class CaseEventNames
{
    public static FrozenDictionary<Type, string> ByType { get; } = typeof(CaseEvent).GetCustomAttributes<JsonDerivedTypeAttribute>()
        .ToFrozenDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    public static string NameOf(this CaseEvent e) => ByType[e.GetType()];
}
