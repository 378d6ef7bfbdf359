using System.CommandLine;
using CrmTiering.Cli.Input;
using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Commands;

/// <summary><c>crmtiering policy validate P.json</c>: Core's validation (R20), one line per problem.</summary>
public static class PolicyCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "tier policy JSON" };
        var validate = new Command("validate", "Check a tier policy: prints one message per problem and exits with 2 when invalid.");
        validate.Arguments.Add(file);
        validate.SetAction(parsed => CliApplication.Guard(console, () =>
        {
            var path = parsed.GetValue(file)!;
            var result = TierPolicy.TryParse(PolicyFile.ReadText(path));
            if (result.IsValid)
            {
                console.Output.WriteLine(string.Format(CliMessages.PolicyValid, path));
                return ExitCodes.Success;
            }
            foreach (var problem in result.Problems)
            {
                console.Error.WriteLine(CliMessages.ErrorPrefix + path + ": " + problem);
            }
            return ExitCodes.UserMistake;
        }));
        var policy = new Command("policy", "Work with tier policy files.");
        policy.Subcommands.Add(validate);
        return policy;
    }
}
