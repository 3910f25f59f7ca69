using System.Reflection;

namespace Monitoring.Server.Http;

/// <summary>A request body as <see cref="JsonBodyGate"/> read it, bound as a handler's parameter without reading it again.</summary>
public sealed record JsonBody<T>(T Value) : IBindableFromHttpContext<JsonBody<T>> where T : class
{
    public static ValueTask<JsonBody<T>?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult(context.Items.TryGetValue(typeof(JsonBody<T>), out var body) ? (JsonBody<T>?)body
            : throw new InvalidOperationException($"{parameter.Name}: the endpoint reads its body with .ReadsJson<{typeof(T).Name}>()."));
}
