using Monitoring.Domain;
using Monitoring.Domain.Callers;

namespace Monitoring.Domain.Tests;

public sealed class SanctionRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Person Op = new("u-op", "Aipda Rina", null, "operator");

    private static IReadOnlyList<string> Codes(SanctionAction action, string? reason, string? until, string field) =>
        SanctionRules.Validate(action, reason, until, Op, Now).Errors.Where(e => e.Field == field).Select(e => e.Code).ToList();

    [Fact]
    public void A_screening_within_the_bound_is_taken_with_its_end_in_utc_and_the_reason_trimmed()
    {
        var (sanction, errors) = SanctionRules.Validate(SanctionAction.Screen, "  Ancaman berulang ", "2026-12-02T15:00:00+07:00", Op, Now);
        Assert.Empty(errors);
        Assert.Equal(new CallerSanction(SanctionAction.Screen, Now, Op, "Ancaman berulang", new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero)), sanction);
        Assert.Equal(TimeSpan.Zero, sanction!.Until!.Value.Offset);
    }

    [Fact]
    public void A_screening_ends_after_now_and_at_most_30_days_from_it()
    {
        Assert.Equal([ErrorCodes.TimeWindow], Codes(SanctionAction.Screen, "x", "2026-12-01T08:00:00Z", "until"));
        Assert.Equal([ErrorCodes.TimeWindow], Codes(SanctionAction.Screen, "x", "2026-11-30T08:00:00Z", "until"));
        Assert.Empty(Codes(SanctionAction.Screen, "x", "2026-12-31T08:00:00Z", "until"));
        Assert.Equal([ErrorCodes.TimeWindow], Codes(SanctionAction.Screen, "x", "2026-12-31T08:00:00.0000001Z", "until"));
        Assert.Equal([ErrorCodes.TimeFormat], Codes(SanctionAction.Screen, "x", "2026-12-02 08:00", "until"));
        Assert.Equal([ErrorCodes.TimeFormat], Codes(SanctionAction.Screen, "x", "2026-12-02T08:00:00", "until"));
        Assert.Equal([ErrorCodes.Required], Codes(SanctionAction.Screen, "x", null, "until"));
        Assert.Equal([ErrorCodes.Required], Codes(SanctionAction.Screen, "x", " ", "until"));
    }

    [Fact]
    public void A_flag_or_a_clear_has_no_end_time()
    {
        Assert.Equal([ErrorCodes.UnknownField], Codes(SanctionAction.Flag, "x", "2026-12-02T08:00:00Z", "until"));
        Assert.Equal([ErrorCodes.UnknownField], Codes(SanctionAction.Clear, "x", "", "until"));
        var (flag, errors) = SanctionRules.Validate(SanctionAction.Flag, "Iseng", null, Op, Now);
        Assert.Empty(errors);
        Assert.Null(flag!.Until);
    }

    [Fact]
    public void The_reason_is_required_one_line_and_bounded()
    {
        Assert.Equal([ErrorCodes.Required], Codes(SanctionAction.Clear, null, null, "reason"));
        Assert.Equal([ErrorCodes.Required], Codes(SanctionAction.Clear, " \t", null, "reason"));
        Assert.Empty(Codes(SanctionAction.Clear, new string('a', SanctionRules.MaxReasonLength), null, "reason"));
        Assert.Equal([ErrorCodes.TooLong], Codes(SanctionAction.Clear, new string('a', SanctionRules.MaxReasonLength + 1), null, "reason"));
        Assert.Equal([ErrorCodes.TextCharacters], Codes(SanctionAction.Flag, "a\0b", null, "reason"));
        Assert.Equal([ErrorCodes.TextCharacters], Codes(SanctionAction.Flag, "baris\nkedua", null, "reason"));
        Assert.Equal([ErrorCodes.TextCharacters], Codes(SanctionAction.Flag, "a\u202Eb", null, "reason"));
    }

    [Fact]
    public void Every_wrong_field_is_named_and_nothing_is_taken()
    {
        var (sanction, errors) = SanctionRules.Validate(SanctionAction.Screen, "", "kemarin", Op, Now);
        Assert.Null(sanction);
        Assert.Equal(["reason", "until"], errors.Select(e => e.Field).Order());
    }
}
