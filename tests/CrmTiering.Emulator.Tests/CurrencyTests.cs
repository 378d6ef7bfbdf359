using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests;

public class CurrencyTests
{
    private readonly EmulatedOrganization _org = new();

    [Fact]
    public void Money_in_the_base_currency_gets_an_equal_base_value_and_rate_one()
    {
        var id = _org.SystemService.Create(new Entity("opportunity") { ["estimatedvalue"] = new Money(1234.5m) });

        var stored = _org.Peek("opportunity", id)!;
        Assert.Equal(1234.5m, stored.GetAttributeValue<Money>("estimatedvalue_base").Value);
        Assert.Equal(1m, stored.GetAttributeValue<decimal>("exchangerate"));
        Assert.Equal(_org.BaseCurrencyId, stored.GetAttributeValue<EntityReference>("transactioncurrencyid").Id);
    }

    [Fact]
    public void Base_value_is_amount_divided_by_the_rate_rounded_to_four_decimals()
    {
        var euro = _org.AddCurrency("EUR", 0.9m);

        var id = _org.SystemService.Create(new Entity("invoice")
        {
            ["transactioncurrencyid"] = new EntityReference("transactioncurrency", euro),
            ["totalamount"] = new Money(100m),
        });

        var stored = _org.Peek("invoice", id)!;
        Assert.Equal(111.1111m, stored.GetAttributeValue<Money>("totalamount_base").Value);
        Assert.Equal(0.9m, stored.GetAttributeValue<decimal>("exchangerate"));
    }

    [Fact]
    public void Changing_the_currency_recomputes_every_base_value()
    {
        var pound = _org.AddCurrency("GBP", 0.8m);
        var id = _org.SystemService.Create(new Entity("opportunity") { ["estimatedvalue"] = new Money(80m), ["actualvalue"] = new Money(40m) });

        _org.SystemService.Update(new Entity("opportunity", id) { ["transactioncurrencyid"] = new EntityReference("transactioncurrency", pound) });

        var stored = _org.Peek("opportunity", id)!;
        Assert.Equal(100m, stored.GetAttributeValue<Money>("estimatedvalue_base").Value);
        Assert.Equal(50m, stored.GetAttributeValue<Money>("actualvalue_base").Value);
    }

    [Fact]
    public void Clearing_an_amount_clears_its_base_value_and_base_values_cannot_be_written()
    {
        var id = _org.SystemService.Create(new Entity("opportunity") { ["estimatedvalue"] = new Money(80m), ["estimatedvalue_base"] = new Money(1m) });
        Assert.Equal(80m, _org.Peek("opportunity", id)!.GetAttributeValue<Money>("estimatedvalue_base").Value);

        _org.SystemService.Update(new Entity("opportunity", id) { ["estimatedvalue"] = null });

        Assert.False(_org.Peek("opportunity", id)!.Contains("estimatedvalue_base"));
    }

    [Fact]
    public void Money_columns_of_undeclared_tables_also_get_base_values()
    {
        var yen = _org.AddCurrency("JPY", 150m);

        var id = _org.SystemService.Create(new Entity("new_thing")
        {
            ["transactioncurrencyid"] = new EntityReference("transactioncurrency", yen),
            ["new_amount"] = new Money(1000m),
        });

        Assert.Equal(6.6667m, _org.Peek("new_thing", id)!.GetAttributeValue<Money>("new_amount_base").Value);
    }
}
