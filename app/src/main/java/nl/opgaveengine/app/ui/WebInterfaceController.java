package nl.opgaveengine.app.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.command.security.GlobalRole;
import nl.opgaveengine.command.model.ProcessModels;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Reads the web interface needs: the signed-in user with the global roles, and the BPMN XML of a model version. */
@RestController
public class WebInterfaceController {

    private final ProcessModels models;

    public WebInterfaceController(ProcessModels models) {
        this.models = models;
    }

    /** The signed-in user: name and global roles (the pages show only what those roles may do). */
    @GetMapping("/v1/gebruiker")
    public Map<String, Object> gebruiker(Authentication authentication) {
        List<String> rollen = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.startsWith("ROLE_") ? a.substring("ROLE_".length()) : a)
                .filter(a -> java.util.Arrays.stream(GlobalRole.values()).anyMatch(r -> r.name().equals(a)))
                .sorted().toList();
        return Map.of("naam", authentication.getName(), "rollen", rollen);
    }

    /** The BPMN XML of one deployed version, exactly as deployed. */
    @GetMapping(value = "/v1/procesmodellen/{processDefinitionKey}/bpmn", produces = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<String> bpmn(@PathVariable long processDefinitionKey) {
        byte[] xml = models.xml(processDefinitionKey).orElseThrow(() -> new BusinessRuleException(
                ErrorCode.PROCESS_NOT_FOUND, "Procesmodelversie " + processDefinitionKey + " bestaat niet."));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .body(new String(xml, StandardCharsets.UTF_8));
    }
}
