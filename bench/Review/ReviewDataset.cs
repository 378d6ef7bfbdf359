using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace CrmTiering.Bench.Review;

/// <summary>
/// Writes a synthetic Dataverse export in the CLI's input format (docs/cli.md "Inputs"):
/// accounts.csv, opportunities.csv, invoices.csv. Seeded, so a rerun writes the same files.
/// Opportunities and invoices are skewed towards the first accounts (a few large customers, a long
/// tail), dated over the two years before the as-of date, so about half fall in the window. A few
/// rows name a contact (R4: ignored by both the CLI and DuckDB); a few amounts are negative (credit
/// notes) or empty (count as 0); a fifth of invoices have no delivery date (dated by createdon).
/// </summary>
public sealed class ReviewDataset
{
    public const string AccountsFile = "accounts.csv";
    public const string OpportunitiesFile = "opportunities.csv";
    public const string InvoicesFile = "invoices.csv";

    private const int HistoryDays = 730;
    private readonly Random _random;
    private readonly DateTime _asOf;

    public ReviewDataset(DateTime asOf, int seed = 20250331)
    {
        _asOf = asOf.Date;
        _random = new Random(seed);
    }

    public void Write(string folder, int accounts, long opportunities, long invoices)
    {
        Directory.CreateDirectory(folder);
        var ids = new string[accounts];
        using (var file = Open(folder, AccountsFile))
        {
            file.Write("accountid,name,createdon,revenue,ctier_expectedannualrevenue,ctier_referralvalue,ctier_growthpotential,ctier_strategicfit,ctier_efforttomanage\n");
            for (var i = 0; i < accounts; i++)
            {
                ids[i] = NewId();
                var name = _random.Next(20) == 0 ? $"\"Fabrikam, Inc. {i}\"" : $"Account {i}";
                var created = _asOf.AddDays(-_random.Next(1, 3650));
                file.Write($"{ids[i]},{name},{Date(created)},{Maybe(0.6, () => Amount(1_000_000, 500_000_000))},{Maybe(0.2, () => Amount(50_000, 2_000_000))},");
                file.Write($"{Maybe(0.3, Factor)},{Maybe(0.3, Factor)},{Maybe(0.3, Factor)},{Maybe(0.5, Factor)}\n");
            }
        }

        using (var file = Open(folder, OpportunitiesFile))
        {
            file.Write("opportunityid,parentaccountid,customerid,statecode,actualvalue_base,actualclosedate,estimatedvalue_base,closeprobability,estimatedclosedate\n");
            for (long i = 0; i < opportunities; i++)
            {
                var account = ids[Skewed(accounts)];
                var roll = _random.NextDouble();
                var (parent, customer) = roll < 0.88 ? (account, account) : roll < 0.98 ? (string.Empty, account) : (string.Empty, NewId());
                var state = _random.NextDouble() switch { < 0.5 => 1, < 0.8 => 2, _ => 0 };
                var closed = state == 0 ? string.Empty : Date(_asOf.AddDays(-_random.Next(0, HistoryDays)));
                var actual = state != 1 ? string.Empty : _random.Next(200) == 0 ? string.Empty : SignedAmount();
                file.Write($"{NewId()},{parent},{customer},{state},{actual},{closed},{Amount(500, 200_000)},{_random.Next(0, 101)},{Date(_asOf.AddDays(_random.Next(-365, 366)))}\n");
            }
        }

        using (var file = Open(folder, InvoicesFile))
        {
            file.Write("invoiceid,customerid,statecode,totalamount_base,totalamountlessfreight_base,datedelivered,createdon\n");
            for (long i = 0; i < invoices; i++)
            {
                var customer = _random.Next(50) == 0 ? NewId() : ids[Skewed(accounts)];
                var state = _random.NextDouble() switch { < 0.75 => 2, < 0.85 => 0, < 0.95 => 1, _ => 3 };
                var total = SignedAmount();
                var created = _asOf.AddDays(-_random.Next(0, HistoryDays)).AddSeconds(_random.Next(0, 86_400));
                var delivered = _random.Next(5) == 0 ? string.Empty : Date(created.AddDays(_random.Next(0, 30)));
                file.Write($"{NewId()},{customer},{state},{total},{total},{delivered},{created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\n");
            }
        }
    }

    private static StreamWriter Open(string folder, string name) =>
        new(Path.Combine(folder, name), append: false, new UTF8Encoding(false), bufferSize: 1 << 20);

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Index skewed towards 0: the first 1 % of accounts get about 10 % of the rows.</summary>
    private int Skewed(int count)
    {
        var u = _random.NextDouble();
        return Math.Min(count - 1, (int)(count * u * u));
    }

    private string NewId()
    {
        var bytes = new byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes).ToString("D");
    }

    private string Amount(int min, int max) =>
        (_random.Next(min, max) + _random.Next(0, 100) / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>One in a hundred is a credit note (negative), which counts as it is (R5).</summary>
    private string SignedAmount() => _random.Next(100) == 0 ? "-" + Amount(100, 20_000) : Amount(100, 100_000);

    private string Factor() => _random.Next(0, 11).ToString(CultureInfo.InvariantCulture);

    private string Maybe(double probability, Func<string> value) => _random.NextDouble() < probability ? value() : string.Empty;
}
