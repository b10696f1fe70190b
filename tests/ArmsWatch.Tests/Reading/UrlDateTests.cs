using ArmsWatch.Documents;
using ArmsWatch.Reading;

namespace ArmsWatch.Tests.Reading;

public sealed class UrlDateTests
{
    [Theory]
    [InlineData("https://www.defensenews.com/unmanned/2024/05/17/poland-receives-final-tb2-drone-delivery/", "2024-05-17")]
    [InlineData("https://www.reuters.com/business/aerospace-defense/swiss-veto-german-request-2022-04-26/", "2022-04-26")]
    [InlineData("https://www.example.com/news/2010_05_15_mig-29-to-syria", "2010-05-15")]
    [InlineData("https://japannews.yomiuri.co.jp/politics/defense-security/20221014-64295/", "2022-10-14")]
    [InlineData("http://www.defensenews.com/article/20140322/TRAINING/303240011/M-346-Rollout", "2014-03-22")]
    [InlineData("http://in.reuters.com/article/usa-taiwan-arms-idINL1N1451L920151216", "2015-12-16")]
    [InlineData("https://focustaiwan.tw/politics/202412160001", "2024-12-16")]
    [InlineData("https://laverdadnoticias.com/news/Russian-Su-35-edged-out-20211223-0050.html", "2021-12-23")]
    public void A_full_date_in_the_address_is_the_date(string url, string expected) =>
        Assert.Equal(expected, UrlDate.Parse(url).ToString());

    [Theory]
    [InlineData("https://massispost.com/2019/02/israel-lifts-ban-on-suicide-drone-sales-to-azerbaijan/", "2019-02")]
    [InlineData("https://phys.org/news/2019-11-hibernating-astronauts-smaller-spacecraft.html", "2019-11")]
    [InlineData("https://example.org/archive/2016/israel-drones", "2016")]
    public void A_year_and_month_or_a_year_folder_give_what_they_say(string url, string expected) =>
        Assert.Equal(expected, UrlDate.Parse(url).ToString());

    [Theory]
    [InlineData("https://tass.com/economy/1398047")]
    [InlineData("https://www.dw.com/en/north-korea-sold-arms/a-64192881?maca=en-rss-en-eu-2092-rdf")]
    [InlineData("https://www.devdiscourse.com/article/international/2355007-boeing-receives-largest-order")]
    [InlineData("https://www.flightglobal.com/qatar-formalises-deal-for-24-eurofighters/126422.article")]
    [InlineData("https://example.org/items/12345678")]
    [InlineData("https://2019.example.org/news/story")]
    [InlineData("javascript:alert('/2019/02/03/')")]
    [InlineData(null)]
    public void Ids_hosts_and_non_web_addresses_give_no_date(string? url) =>
        Assert.Null(UrlDate.Parse(url));

    [Fact]
    public void A_day_that_does_not_exist_is_not_taken() =>
        Assert.Equal(new PublicationDate(2019, 2), UrlDate.Parse("https://example.org/news/2019/02/30/story-of-the-day-99999999"));

    [Fact]
    public void A_year_month_folder_is_kept_at_month_precision() =>
        Assert.Equal(new PublicationDate(2019, 2), UrlDate.Parse("https://massispost.com/2019/02/israel-lifts-ban/"));
}
