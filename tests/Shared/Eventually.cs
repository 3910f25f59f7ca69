namespace Monitoring.Testing;

/// <summary>Awaits a condition instead of sleeping: polls until it holds or the time is up, then reports what it last saw.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> holds, TimeSpan? within = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (true)
        {
            var last = await probe();
            if (holds(last)) return last;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Condition not met{(what is null ? "" : $" ({what})")}; last value: {last}");
            await poll.WaitForNextTickAsync(TestContext.Current.CancellationToken);
        }
    }
}
