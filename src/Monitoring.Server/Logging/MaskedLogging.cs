using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Monitoring.Server.Logging;

public static class MaskedLogging
{
    /// <summary>The host's logger factory, with the same providers and filters, wrapped in a <see cref="MaskedLoggerFactory"/>.</summary>
    public static ILoggingBuilder MaskCallerNumbers(this ILoggingBuilder logging)
    {
        logging.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new MaskedLoggerFactory(new LoggerFactory(
            sp.GetServices<ILoggerProvider>(), sp.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            sp.GetService<IOptions<LoggerFactoryOptions>>(), sp.GetService<IExternalScopeProvider>()))));
        return logging;
    }
}
