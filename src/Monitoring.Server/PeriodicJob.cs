namespace Monitoring.Server;

/// <summary>The loop of the center's own jobs (the purges): once at start, then every interval; a failed run is logged by
/// the job and tried again at the next tick, and stopping ends the loop quietly.</summary>
public static class PeriodicJob
{
    public static async Task RunAsync(TimeSpan interval, TimeProvider time, Func<CancellationToken, Task> run, Action<Exception> failed,
        CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            do
            {
                try
                {
                    await run(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed(e);
                }
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
