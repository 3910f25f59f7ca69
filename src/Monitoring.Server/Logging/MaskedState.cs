using System.Collections;
using Monitoring.Domain.Callers;

namespace Monitoring.Server.Logging;

/// <summary>
/// A log line's state with its caller numbers masked: its message, and its named values for the providers that write
/// them apart (JSON, a collector). A value that is text, or an object that becomes text (a path, a record), is masked as
/// text; numbers, times and flags are kept as they are.
/// </summary>
internal sealed class MaskedState(string message, object? original) : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] _values = original is IEnumerable<KeyValuePair<string, object?>> values
        ? [.. values.Select(v => new KeyValuePair<string, object?>(v.Key, Masked(v.Value)))]
        : [];

    public string Message => message;

    public int Count => _values.Length;

    public KeyValuePair<string, object?> this[int index] => _values[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => message;

    private static object? Masked(object? value) => value switch
    {
        null or bool or Enum => value,
        IFormattable and not IEnumerable => value,
        _ => CallerNumbers.MaskIn(value.ToString() ?? ""),
    };
}
