package nl.opgaveengine.command.model.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.opgaveengine.api.error.BusinessRuleException;
import nl.opgaveengine.api.error.ErrorCode;
import nl.opgaveengine.command.security.CurrentUser;
import nl.opgaveengine.command.security.GlobalRole;
import nl.opgaveengine.command.web.XmlUploadGuard;
import nl.opgaveengine.engine.Deployment;
import nl.opgaveengine.engine.ProcessDefinition;
import nl.opgaveengine.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Deploys BPMN files (a new version per changed model) and lists every version. */
@RestController
@RequestMapping("/v1/procesmodellen")
public class ProcesmodelController {

    private final ProcessEngine engine;
    private final CurrentUser user;

    public ProcesmodelController(ProcessEngine engine, CurrentUser user) {
        this.engine = engine;
        this.user = user;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> deploy(@RequestParam("bestand") MultipartFile bestand) throws IOException {
        user.require(GlobalRole.PROCESEIGENAAR);
        String name = bestand.getOriginalFilename() == null || bestand.getOriginalFilename().isBlank()
                ? "model.bpmn" : bestand.getOriginalFilename();
        if (bestand.isEmpty()) {
            throw new BusinessRuleException(ErrorCode.INVALID_MODEL, "Het bestand '" + name + "' is leeg.",
                    Map.of("veld", "bestand"));
        }
        byte[] content = bestand.getBytes();
        XmlUploadGuard.check(name, content);
        Deployment deployment = engine.deploy(name, content, user.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of(
                "deploymentKey", String.valueOf(deployment.key()),
                "procesmodellen", deployment.processes().stream().map(ProcesmodelController::toJson).toList()));
    }

    @GetMapping
    public Map<String, Object> list() {
        List<Map<String, Object>> versies = engine.processDefinitions().stream()
                .map(ProcesmodelController::toJson).toList();
        return Map.of("procesmodellen", versies);
    }

    @GetMapping("/{processDefinitionKey}")
    public Map<String, Object> get(@PathVariable long processDefinitionKey) {
        return engine.definition(processDefinitionKey).map(ProcesmodelController::toJson)
                .orElseThrow(() -> new BusinessRuleException(ErrorCode.PROCESS_NOT_FOUND,
                        "Procesmodelversie " + processDefinitionKey + " bestaat niet."));
    }

    private static Map<String, Object> toJson(ProcessDefinition d) {
        return Map.of(
                "processDefinitionKey", String.valueOf(d.key()),
                "bpmnProcessId", d.bpmnProcessId(),
                "naam", d.name() == null ? d.bpmnProcessId() : d.name(),
                "versie", d.version(),
                "bestandsnaam", d.resourceName(),
                "checksum", d.checksum(),
                "gedeployedOp", d.deployedAt().toString(),
                "gedeployedDoor", d.deployedBy() == null ? "" : d.deployedBy());
    }
}
