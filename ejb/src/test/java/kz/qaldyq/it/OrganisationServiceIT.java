package kz.qaldyq.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import kz.qaldyq.organisation.Activity;
import kz.qaldyq.organisation.Organisation;
import kz.qaldyq.organisation.OrganisationInput;
import kz.qaldyq.organisation.OrganisationQuery;
import kz.qaldyq.organisation.OrganisationService;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.ConcurrentChangeException;
import kz.qaldyq.platform.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registering and finding organisations: BIN checks, paging in the database, and the data scope of each role. */
@ExtendWith(ArquillianExtension.class)
class OrganisationServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModule(OrganisationServiceIT.class);
    }

    @Inject
    private Identities as;
    @Inject
    private Fixtures fixtures;
    @Inject
    private OrganisationService organisations;

    @BeforeEach
    void users() throws Exception {
        fixtures.users();
    }

    @Test
    void invalidBinIsRefusedAndNothingStored() throws Exception {
        String valid = Fixtures.newBin();
        String wrongCheckDigit = valid.substring(0, 11) + ((valid.charAt(11) - '0' + 1) % 10);
        BusinessException e = assertThrows(BusinessException.class,
                () -> as.admin(() -> organisations.register(Fixtures.input(wrongCheckDigit, "Қате БСН", Fixtures.ASTANA))));
        assertEquals("bin.checkDigit", e.getKey());
        assertEquals(0, fixtures.countOrganisationsWithBin(wrongCheckDigit));

        BusinessException format = assertThrows(BusinessException.class,
                () -> as.admin(() -> organisations.register(Fixtures.input("12345", "Short", Fixtures.ASTANA))));
        assertEquals("bin.format", format.getKey());
    }

    @Test
    void duplicateBinIsRefusedAndTheFirstOrganisationStaysAsItWas() throws Exception {
        String bin = Fixtures.newBin();
        as.admin(() -> organisations.register(Fixtures.input(bin, "Бірінші", Fixtures.ASTANA, Activity.COLLECTOR)));
        BusinessException e = assertThrows(BusinessException.class,
                () -> as.admin(() -> organisations.register(Fixtures.input(bin, "Екінші", Fixtures.KARAGANDA))));
        assertEquals("organisation.duplicateBin", e.getKey());
        assertEquals(1, fixtures.countOrganisationsWithBin(bin));
        Organisation stored = as.admin(() -> organisations.getByBin(bin));
        assertEquals("Бірінші ЖШС", stored.getName().getKk());
        assertEquals(Fixtures.ASTANA, stored.getKatoCode());
    }

    @Test
    void unknownRegionIsRefused() throws Exception {
        BusinessException e = assertThrows(BusinessException.class,
                () -> as.admin(() -> organisations.register(Fixtures.input(Fixtures.newBin(), "Nowhere", "990000000"))));
        assertEquals("kato.unknown", e.getKey());
    }

    @Test
    void searchPagesInTheDatabase() throws Exception {
        String tag = "Paging" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 45; i++) {
            fixtures.organisation(tag + " " + i, i % 2 == 0 ? Fixtures.ASTANA : Fixtures.KARAGANDA);
        }
        OrganisationQuery query = new OrganisationQuery(tag.toLowerCase(), null, null);
        Page<Organisation> first = as.ministry(() -> organisations.search(query, 0, 20));
        Page<Organisation> second = as.ministry(() -> organisations.search(query, 20, 20));
        Page<Organisation> third = as.ministry(() -> organisations.search(query, 40, 20));
        assertEquals(45, first.total());
        assertEquals(20, first.items().size());
        assertEquals(20, second.items().size());
        assertEquals(5, third.items().size());
        Set<Long> ids = new HashSet<>();
        first.items().forEach(o -> ids.add(o.getId()));
        second.items().forEach(o -> ids.add(o.getId()));
        third.items().forEach(o -> ids.add(o.getId()));
        assertEquals(45, ids.size(), "pages do not overlap");

        Page<Organisation> astanaOnly = as.akimatAstana(() -> organisations.search(query, 0, 50));
        assertEquals(23, astanaOnly.total(), "an akimat user finds only its region's organisations");
        assertTrue(astanaOnly.items().stream().allMatch(o -> o.getKatoCode().equals(Fixtures.ASTANA)));
    }

    @Test
    void enterpriseUserIsRefusedAnOrganisationItIsNotLinkedTo() throws Exception {
        Organisation own = fixtures.organisation("Own " + UUID.randomUUID(), Fixtures.ASTANA, Activity.COLLECTOR);
        Organisation foreign = fixtures.organisation("Foreign " + UUID.randomUUID(), Fixtures.ASTANA, Activity.COLLECTOR);
        fixtures.link(Identities.ENTERPRISE, own);

        assertEquals(own.getBinValue(), as.enterprise(() -> organisations.get(own.getId())).getBinValue());
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> as.enterprise(() -> organisations.get(foreign.getId())));
        assertEquals("scope.organisation", refused.getKey());
        assertThrows(AccessDeniedException.class, () -> as.enterprise(() -> organisations.facilitiesOf(foreign.getId())));
        assertTrue(as.enterprise(() -> organisations.mine()).stream().noneMatch(o -> o.getId().equals(foreign.getId())));
        assertThrows(AccessDeniedException.class, () -> as.otherEnterprise(() -> organisations.get(own.getId())));
    }

    @Test
    void akimatUserIsRefusedAnotherRegionsOrganisation() throws Exception {
        Organisation inKaraganda = fixtures.organisation("Karaganda " + UUID.randomUUID(), Fixtures.KARAGANDA);
        assertEquals(inKaraganda.getId(), as.akimatKaraganda(() -> organisations.get(inKaraganda.getId())).getId());
        assertThrows(AccessDeniedException.class, () -> as.akimatAstana(() -> organisations.get(inKaraganda.getId())));
    }

    @Test
    void onlyTheAdministratorRegistersOrganisations() {
        OrganisationInput input = Fixtures.input(Fixtures.newBin(), "Not allowed", Fixtures.ASTANA);
        assertThrows(EJBAccessException.class, () -> as.ministry(() -> organisations.register(input)));
        assertThrows(EJBAccessException.class, () -> as.enterprise(() -> organisations.register(input)));
        assertEquals(0, fixtures.countOrganisationsWithBin(input.bin()));
    }

    @Test
    void staleEditIsRefusedWithWhoChangedIt() throws Exception {
        Organisation organisation = fixtures.organisation("Stale " + UUID.randomUUID(), Fixtures.ASTANA);
        int loaded = organisation.getVersion();
        OrganisationInput first = Fixtures.input(organisation.getBinValue(), "First edit", Fixtures.ASTANA);
        OrganisationInput second = Fixtures.input(organisation.getBinValue(), "Second edit", Fixtures.KARAGANDA);
        as.admin(() -> organisations.update(organisation.getId(), loaded, first));
        ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class,
                () -> as.admin(() -> organisations.update(organisation.getId(), loaded, second)));
        assertEquals(Identities.ADMIN, e.getArguments().get(0));
        Organisation stored = as.admin(() -> organisations.get(organisation.getId()));
        assertEquals("First edit ЖШС", stored.getName().getKk());
        assertEquals(Fixtures.ASTANA, stored.getKatoCode());
    }
}
