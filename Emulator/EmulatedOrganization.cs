using System;
using System.Collections.Generic;
using CrmTiering.Emulator.Calls;
using CrmTiering.Emulator.Handlers;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Queries;
using CrmTiering.Emulator.Security;
using CrmTiering.Emulator.Store;
using CrmTiering.Emulator.Writing;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator;

/// <summary>
/// An in-memory Dataverse organisation, built fresh per test (no static state). Holds the store,
/// metadata, directory (users, teams, business units, read depths), call log, handler registry
/// and the executor chain every request runs through.
/// </summary>
public sealed class EmulatedOrganization
{
    private readonly Func<Guid> _newId;

    public EmulatedOrganization(EmulatorOptions? options = null)
    {
        Options = options ?? new EmulatorOptions();
        Clock = Options.Clock ?? new ManualClock();
        _newId = Options.NewId ?? Guid.NewGuid;
        OrganizationId = _newId();
        Tables = new TableCatalog(StandardTables.All());
        Writer = new RecordWriter(this);

        // The root business unit, SYSTEM and the base currency exist before anything else, as on the platform.
        var rootUnitId = _newId();
        SystemUserId = _newId();
        Directory = new OrganizationDirectory(Store, SystemUserId, rootUnitId);
        Seed(new Entity(StandardTables.BusinessUnit, rootUnitId) { ["name"] = Options.OrganizationName });
        Seed(new Entity(StandardTables.SystemUser, SystemUserId)
        {
            ["fullname"] = "SYSTEM",
            ["businessunitid"] = new EntityReference(StandardTables.BusinessUnit, rootUnitId),
            ["isdisabled"] = false,
        });
        BaseCurrencyId = _newId();
        Seed(Currency(BaseCurrencyId, Options.BaseCurrencyCode, 1m));

        // Every environment has a System Administrator role; other roles are added by the test.
        Directory.AddRole(StandardRoles.SystemAdministrator);

        foreach (var handler in new IRequestHandler[] { new CreateHandler(), new RetrieveHandler(), new UpdateHandler(), new DeleteHandler(), new RetrieveMultipleHandler(), new WhoAmIHandler(),
            new Messages.SetStateHandler(), new Messages.UpsertHandler(), new Messages.AssociateHandler(associate: true), new Messages.AssociateHandler(associate: false),
            new Messages.ExecuteMultipleHandler(), new Messages.ExecuteTransactionHandler() })
        {
            Handlers.Register(handler);
        }

        Executor = new MessageDispatcher(this);
        SystemService = CreateService(new CallerContext(SystemUserId, isSystem: true));
    }

    public EmulatorOptions Options { get; }

    public Guid OrganizationId { get; }

    public string OrganizationName => Options.OrganizationName;

    public TimeProvider Clock { get; }

    /// <summary>Now, in UTC, by the organisation's clock.</summary>
    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;

    public DataStore Store { get; } = new();

    public TableCatalog Tables { get; }

    public OrganizationDirectory Directory { get; }

    public CallLog Calls { get; } = new();

    public RequestHandlerRegistry Handlers { get; } = new();

    /// <summary>The outermost executor every service call goes through.</summary>
    public IRequestExecutor Executor { get; private set; }

    public Guid SystemUserId { get; }

    public Guid RootBusinessUnitId => Directory.RootBusinessUnitId;

    public Guid BaseCurrencyId { get; }

    /// <summary>What <c>CreateOrganizationService(null)</c> gives: SYSTEM, sees everything.</summary>
    public IOrganizationService SystemService { get; }

    internal RecordWriter Writer { get; }

    /// <summary>Runs before each service call is logged (the pipeline's interleaved drain pauses a job there).</summary>
    internal Action<OrganizationRequest>? BeforeServiceCall { get; set; }

    /// <summary>A service that runs as the user (read depth applies), recorded as a client call.</summary>
    public IOrganizationService ServiceFor(Guid userId) => CreateService(new CallerContext(userId, isSystem: userId == SystemUserId));

    /// <summary>A service for any caller (the pipeline hands these to plugins with their depth and origin).</summary>
    public EmulatedOrganizationService CreateService(CallerContext caller) => new(this, caller);

    /// <summary>
    /// Wraps the executor chain: <c>org.WrapExecutor(inner => new Pipeline(org, inner))</c>. The new
    /// executor sees every request from every service, including nested ones, and calls
    /// <c>inner</c> for the core operation.
    /// </summary>
    public void WrapExecutor(Func<IRequestExecutor, IRequestExecutor> wrap) => Executor = wrap(Executor);

    /// <summary>Runs a request as the caller. The bypass parameters are checked here, so nested requests are checked too.</summary>
    public OrganizationResponse Execute(OrganizationRequest request, CallerContext caller)
    {
        BusinessLogicBypass.Of(request).Demand(Directory, caller);
        return Executor.Execute(request, caller);
    }

    public Guid NewId() => _newId();

    /// <summary>
    /// Stores a row directly: no call log, no pipeline, no security. Platform columns the entity
    /// carries (createdon, ownerid, …) are kept; missing ones are filled as Create fills them,
    /// and currency columns are computed. Owner defaults to SYSTEM.
    /// </summary>
    public Guid Seed(Entity entity)
    {
        var row = Writer.ComposeNew(entity, SystemUserId, seeding: true);
        Store.Insert(row);
        return row.Id;
    }

    public void Seed(IEnumerable<Entity> entities)
    {
        foreach (var entity in entities)
        {
            Seed(entity);
        }
    }

    /// <summary>A copy of a stored row with all its columns, or null; not logged, no security (for assertions).</summary>
    public Entity? Peek(string table, Guid id)
    {
        var row = Store.Find(table, id);
        return row is null ? null : RowProjection.ToEntity(row, Tables.Get(table), allColumns: true, Array.Empty<string>());
    }

    /// <summary>Number of rows in a table.</summary>
    public int CountRows(string table) => Store.TableFor(table).Count;

    public Guid AddBusinessUnit(string name, Guid? parentId = null) => Seed(new Entity(StandardTables.BusinessUnit)
    {
        ["name"] = name,
        ["parentbusinessunitid"] = new EntityReference(StandardTables.BusinessUnit, parentId ?? RootBusinessUnitId),
    });

    /// <summary>
    /// Adds a user (a systemuser row) in a business unit (root by default) with an optional manager
    /// and security roles (added to the organisation when new). A user without a role may read
    /// (per read depth) but not create, write or delete, as on the platform.
    /// </summary>
    public Guid AddUser(string fullName, Guid? businessUnitId = null, Guid? managerId = null, bool disabled = false, ReadDepth? readDepth = null, IEnumerable<SecurityRole>? roles = null)
    {
        var user = new Entity(StandardTables.SystemUser)
        {
            ["fullname"] = fullName,
            ["businessunitid"] = new EntityReference(StandardTables.BusinessUnit, businessUnitId ?? RootBusinessUnitId),
            ["isdisabled"] = disabled,
        };
        if (managerId is Guid manager)
        {
            user["parentsystemuserid"] = new EntityReference(StandardTables.SystemUser, manager);
        }

        var id = Seed(user);
        if (readDepth is ReadDepth depth)
        {
            Directory.SetDefaultReadDepth(id, depth);
        }

        foreach (var role in roles ?? Array.Empty<SecurityRole>())
        {
            AssignRole(id, role);
        }

        return id;
    }

    /// <summary>Adds a role with privileges by name (e.g. ["prvCreateAccount"] = PrivilegeDepth.User) and returns its id.</summary>
    public Guid AddRole(string name, IEnumerable<KeyValuePair<string, PrivilegeDepth>> privileges) =>
        Directory.AddRole(new SecurityRole(NewId(), name, privileges));

    /// <summary>Adds a role definition (from <see cref="StandardRoles"/> or <see cref="RoleFile"/>) and returns its id.</summary>
    public Guid AddRole(SecurityRole role) => Directory.AddRole(role);

    public void AssignRole(Guid userId, Guid roleId) => Directory.AssignRole(userId, roleId);

    /// <summary>Gives the user the role, adding the role to the organisation first when it is new.</summary>
    public void AssignRole(Guid userId, SecurityRole role) => Directory.AssignRole(userId, Directory.AddRole(role));

    /// <summary>Adds an owner team in a business unit with its members.</summary>
    public Guid AddTeam(string name, Guid? businessUnitId = null, params Guid[] memberIds)
    {
        var id = Seed(new Entity(StandardTables.Team)
        {
            ["name"] = name,
            ["businessunitid"] = new EntityReference(StandardTables.BusinessUnit, businessUnitId ?? RootBusinessUnitId),
            ["teamtype"] = new OptionSetValue(0),
        });
        foreach (var member in memberIds)
        {
            Directory.AddTeamMember(id, member);
        }

        return id;
    }

    /// <summary>Adds a currency; exchangeRate = units of it per unit of the base currency.</summary>
    public Guid AddCurrency(string isoCode, decimal exchangeRate) => Seed(Currency(NewId(), isoCode, exchangeRate));

    /// <summary>Sets how far a user reads one table (users read every table at Organization depth by default).</summary>
    public void SetReadDepth(Guid userId, string table, ReadDepth depth) => Directory.SetReadDepth(userId, table, depth);

    private static Entity Currency(Guid id, string isoCode, decimal exchangeRate)
    {
        if (exchangeRate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(exchangeRate), "An exchange rate must be positive.");
        }

        return new Entity(StandardTables.TransactionCurrency, id)
        {
            ["isocurrencycode"] = isoCode,
            ["currencyname"] = isoCode,
            ["exchangerate"] = exchangeRate,
            ["currencyprecision"] = 2,
        };
    }
}
