using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests;

public class CurrencyTests
{
    private readonly EmulatedOrganization org = new();

    [Fact]
    public void Money_in_the_base_currency_gets_an_equal_base_value_and_rate_one()
    {
        var id = org.SystemService.Create(new Entity("opportunity") { ["estimatedvalue"] = new Money(1234.5m) });

        var stored = org.Peek("opportunity", id)!;
        Assert.Equal(1234.5m, stored.GetAttributeValue<Money>("estimatedvalue_base").Value);
        Assert.Equal(1m, stored.GetAttributeValue<decimal>("exchangerate"));
        Assert.Equal(org.BaseCurrencyId, stored.GetAttributeValue<EntityReference>("transactioncurrencyid").Id);
    }

    [Fact]
    public void Base_value_is_amount_divided_by_the_rate_rounded_to_four_decimals()
    {
        var euro = org.AddCurrency("EUR", 0.9m);

        var id = org.SystemService.Create(new Entity("invoice")
        {
            ["transactioncurrencyid"] = new EntityReference("transactioncurrency", euro),
            ["totalamount"] = new Money(100m),
        });

        var stored = org.Peek("invoice", id)!;
        Assert.Equal(111.1111m, stored.GetAttributeValue<Money>("totalamount_base").Value);
        Assert.Equal(0.9m, stored.GetAttributeValue<decimal>("exchangerate"));
    }

    [Fact]
    public void Changing_the_currency_recomputes_every_base_value()
    {
        var pound = org.AddCurrency("GBP", 0.8m);
        var id = org.SystemService.Create(new Entity("opportunity") { ["estimatedvalue"] = new Money(80m), ["actualvalue"] = new Money(40m) });

        org.SystemService.Update(new Entity("opportunity", id) { ["transactioncurrencyid"] = new EntityReference("transactioncurrency", pound) });

        var stored = org.Peek("opportunity", id)!;
        Assert.Equal(100m, stored.GetAttributeValue<Money>("estimatedvalue_base").Value);
        Assert.Equal(50m, stored.GetAttributeValue<Money>("actualvalue_base").Value);
    }

    [Fact]
    public void Clearing_an_amount_clears_its_base_value_and_base_values_cannot_be_written()
    {
        var id = org.SystemService.Create(new Entity("opportunity") { ["estimatedvalue"] = new Money(80m), ["estimatedvalue_base"] = new Money(1m) });
        Assert.Equal(80m, org.Peek("opportunity", id)!.GetAttributeValue<Money>("estimatedvalue_base").Value);

        org.SystemService.Update(new Entity("opportunity", id) { ["estimatedvalue"] = null });

        Assert.False(org.Peek("opportunity", id)!.Contains("estimatedvalue_base"));
    }

    [Fact]
    public void Money_columns_of_undeclared_tables_also_get_base_values()
    {
        var yen = org.AddCurrency("JPY", 150m);

        var id = org.SystemService.Create(new Entity("new_thing")
        {
            ["transactioncurrencyid"] = new EntityReference("transactioncurrency", yen),
            ["new_amount"] = new Money(1000m),
        });

        Assert.Equal(6.6667m, org.Peek("new_thing", id)!.GetAttributeValue<Money>("new_amount_base").Value);
    }
}
