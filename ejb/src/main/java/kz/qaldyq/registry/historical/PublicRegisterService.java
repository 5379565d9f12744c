package kz.qaldyq.registry.historical;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import kz.qaldyq.platform.NotFoundException;

/**
 * The register as anyone may read it, without logging in (EC art. 143(8)): the objects in the register and only their
 * public fields. An object not (or no longer) in the register does not exist here.
 */
@Stateless
@PermitAll
public class PublicRegisterService {

    @Inject
    private HistoricalObjectRepository repository;

    public List<PublicObject> list() {
        return repository.findInRegister().stream().map(o -> PublicObject.of(o, List.of())).toList();
    }

    public PublicObject get(long id) {
        HistoricalObject object = repository.findById(id).filter(o -> o.getStatus().inRegister())
                .orElseThrow(() -> new NotFoundException("historicalObject", id));
        return PublicObject.of(object, repository.documents(id));
    }

    /** A document of an object in the register that is not marked internal. */
    public HistoricalDocument document(long id, long documentId) {
        get(id);
        return repository.findDocument(id, documentId).filter(d -> !d.isInternal())
                .orElseThrow(() -> new NotFoundException("document", documentId));
    }
}
