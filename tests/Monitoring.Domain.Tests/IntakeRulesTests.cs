using Monitoring.Domain;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Tests;

public sealed class IntakeRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    private static IntakeForm Report(string? category = "fire", string? priority = null) => new(
        "+6281234567890", null, "report", category, priority, new LocationForm(-6.2, 106.8, "Jl. Sudirman"), "Kebakaran gudang",
        "agent-1", null, null, null, null);

    private static (Intake? Intake, IReadOnlyList<FieldError> Errors) Validate(IntakeForm form) =>
        IntakeRules.Validate(form, Now, new InteractionId("i-1"));

    [Fact]
    public void A_report_takes_its_categorys_priority_and_may_be_raised()
    {
        var (intake, errors) = Validate(Report("traffic"));
        Assert.Empty(errors);
        Assert.Equal(Priority.P3, intake!.CasePriority);
        Assert.Equal(Channel.Voice, intake.Interaction.Channel);
        Assert.Equal(Now, intake.Interaction.ReceivedAt);
        Assert.Equal(Priority.P1, Validate(Report("traffic", "P1")).Intake!.CasePriority);
        Assert.Equal("priority", Assert.Single(Validate(Report("fire", "P2")).Errors).Field);
    }

    [Theory]
    [InlineData(Category.Accident, Priority.P1)]
    [InlineData(Category.Riot, Priority.P1)]
    [InlineData(Category.Violence, Priority.P1)]
    [InlineData(Category.Crime, Priority.P2)]
    [InlineData(Category.Insult, Priority.P3)]
    [InlineData(Category.Service, Priority.P3)]
    public void Category_sets_the_default_priority(Category category, Priority priority) =>
        Assert.Equal(priority, category.DefaultPriority());

    [Fact]
    public void Information_needs_no_category_location_or_summary_and_opens_no_case()
    {
        var (intake, errors) = Validate(new IntakeForm("0211234567", "web", "information", null, null, null, null, null, null, null, null, null));
        Assert.Empty(errors);
        Assert.Null(intake!.CasePriority);
        Assert.Equal(Channel.Web, intake.Interaction.Channel);
    }

    [Fact]
    public void Every_broken_rule_is_reported_with_its_field_at_once()
    {
        var form = new IntakeForm("08-12", "fax", "report", "insult", "P7", new LocationForm(double.NaN, 181, new string('a', 501)),
            new string('s', 2001), new string('a', 65), Now.AddMinutes(5), Now.AddMinutes(4), -1, "not a uri");
        var (intake, errors) = Validate(form);
        Assert.Null(intake);
        Assert.Equal(
            ["agentId", "answeredAt", "callerNumber", "category", "channel", "durationSeconds", "location.address", "location.latitude",
             "location.longitude", "priority", "receivedAt", "recordingUri", "summary"],
            errors.Select(e => e.Field).Distinct().Order());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("Reportx")]
    [InlineData("")]
    public void Kinds_parse_by_name_only(string kind) =>
        Assert.Contains(Validate(Report() with { Kind = kind }).Errors, e => e.Field == "kind");
}
