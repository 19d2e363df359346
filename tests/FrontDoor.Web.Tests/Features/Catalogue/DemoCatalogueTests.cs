using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Catalogue.Seed;
using FrontDoor.Web.Features.Requests;

namespace FrontDoor.Web.Tests.Features.Catalogue;

/// <summary>The demo council's catalogue file: complete, consistent and in residents' words.</summary>
public sealed class DemoCatalogueTests
{
    private static readonly CatalogueDocument Demo = ImportCatalogue.DemoCouncil();

    [Fact]
    public void The_demo_council_has_at_least_forty_services() => Assert.True(Demo.Services.Count >= 40, $"{Demo.Services.Count} services");

    [Fact]
    public void The_demo_catalogue_passes_the_import_checks() => Assert.True(ImportCatalogue.Validate(Demo).Succeeded);

    [Theory]
    [InlineData("missed-bin")]
    [InlineData("fly-tipping")]
    [InlineData("pothole")]
    [InlineData("street-light")]
    [InlineData("pcn-challenge")]
    [InlineData("council-tax-moving")]
    [InlineData("benefit-change")]
    [InlineData("damp-mould")]
    [InlineData("homeless-help")]
    [InlineData("planning-enforcement")]
    [InlineData("noise")]
    [InlineData("pest-control")]
    [InlineData("food-hygiene")]
    [InlineData("temporary-event-notice")]
    [InlineData("register-death")]
    [InlineData("join-library")]
    [InlineData("adult-care-support")]
    [InlineData("worried-about-child")]
    [InlineData("blue-badge")]
    [InlineData("school-place")]
    public void Covers_the_areas_councils_deal_with(string code) => Assert.Contains(Demo.Services, s => s.Code == code);

    [Fact]
    public void Every_service_has_keywords_a_timescale_for_every_channel_and_says_what_happens_next()
    {
        Assert.All(Demo.Services, s =>
        {
            Assert.NotEmpty(s.Keywords ?? []);
            Assert.Contains(s.Timescales ?? [], t => t.Channel == ServiceTimescale.AnyChannel);
            Assert.False(string.IsNullOrWhiteSpace(s.WhatHappensNext), s.Code);
        });
    }

    [Fact]
    public void Some_services_set_a_different_timescale_for_a_channel()
    {
        Assert.Contains(Demo.Services, s => (s.Timescales ?? []).Any(t => t.Channel != ServiceTimescale.AnyChannel && Channel.IsKnown(t.Channel)));
    }

    [Fact]
    public void Choice_questions_have_options_and_other_questions_have_none()
    {
        Assert.All(Demo.Services.SelectMany(s => s.Questions ?? []), q =>
            Assert.Equal(QuestionType.IsChoice(q.Type), (q.Options?.Count ?? 0) > 0));
    }

    [Fact]
    public void Sensitive_services_include_social_care()
    {
        Assert.True(Demo.Services.Single(s => s.Code == "worried-about-child").Sensitive);
        Assert.True(Demo.Services.Single(s => s.Code == "adult-care-support").Sensitive);
    }
}
