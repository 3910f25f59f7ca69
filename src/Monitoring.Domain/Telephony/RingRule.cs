namespace Monitoring.Domain.Telephony;

/// <summary>Where a call rings: the level on its answering chain and that unit, and when it moves up next (none at the top).</summary>
public sealed record RingPosition(int Level, UnitId RingsAt, DateTimeOffset? NextMoveAt);

/// <summary>
/// Kapolri's rule: a call not answered within <c>AnswerWithin</c> (10 s) at its answering point moves one level up the
/// chain, Polsek → Polres → Polda → Mabes, and every further <c>AnswerWithin</c> again, until Mabes, where it stays. A
/// call moves at exactly each multiple: at 10 s it rings at the second level.
/// </summary>
public static class RingRule
{
    public static RingPosition At(DateTimeOffset offeredAt, IReadOnlyList<UnitId> chain, DateTimeOffset now, TimeSpan answerWithin)
    {
        if (chain.Count == 0) throw new ArgumentException("A call needs an answering chain.", nameof(chain));
        if (answerWithin <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(answerWithin), "The answer target must be positive.");
        var waited = now - offeredAt;
        var top = chain.Count - 1;
        var level = waited <= TimeSpan.Zero ? 0 : (int)Math.Min(top, waited.Ticks / answerWithin.Ticks);
        DateTimeOffset? next = level < top ? offeredAt + answerWithin * (level + 1) : null;
        return new RingPosition(level, chain[level], next);
    }
}
